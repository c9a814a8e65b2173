throw new Error("boom at top level");
