package oms

// Deadlines end at 24:00 in a region's own zone (ГК РФ ст. 194), so the
// zone database must be there even on machines without system zoneinfo.
import _ "time/tzdata"
