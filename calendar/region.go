package calendar

import _ "embed"

//go:embed data/ru-regional-holidays.csv
var regionalCSV []byte
