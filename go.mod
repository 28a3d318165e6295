module github.com/omsrules/oms

go 1.26

require (
	github.com/rickb777/date v1.22.0
	github.com/samply/golang-fhir-models/fhir-models v0.3.2
	github.com/shopspring/decimal v1.6.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.31.0
	pgregory.net/rapid v1.3.0
)

require (
	github.com/rickb777/plural v1.4.7 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
