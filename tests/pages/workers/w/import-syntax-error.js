// a syntax error on line 2
var x = 1 + ;
