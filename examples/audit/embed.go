package main

import _ "embed"

// sampleCSV is the bundled sample of applications, audited when no file is
// given, so that the program works from any directory.
//
//go:embed testdata/applications.csv
var sampleCSV []byte

// sampleRegistryCSV is the sample insurer registry the sample applications
// refer to: fictitious insurers (their numbers start with "S-"), in the
// smo package's CSV format.
//
//go:embed testdata/registry.csv
var sampleRegistryCSV []byte
