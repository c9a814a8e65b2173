this is not javascript (
