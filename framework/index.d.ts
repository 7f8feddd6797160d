// The types of whichever framework is installed: the import of the missing one is an error that
// a ts-ignore comment silences, so these declarations type-check with skipLibCheck: false in a project
// that has only cdktf or only cdktn. With both installed, the first (cdktf) wins, as at run time.
// @ts-ignore -- cdktf is not installed in a cdktn project
export * from "cdktf";
// @ts-ignore -- cdktn is not installed in a cdktf project
export * from "cdktn";
