// Question (zh): 某项指标历年的实际值、预计值与目标值分别是多少？
// Question (en): How do an indicator's actual values compare with its estimates and targets, year by year?
// Param: indicator (string) — an indicator, by name or alias (its growth rate "…增长" is included). Example: 地区生产总值
// Example: npx kg query indicator-by-year --param indicator=地区生产总值
// Values without a stated year show year null and the date of the document that reports them.
OPTIONAL MATCH (i:Indicator)
WHERE i.name = $indicator OR $indicator IN i.aliases
WITH [$indicator] + collect(i.name) AS names
WITH names + [n IN names | n + '增长'] AS metrics
MATCH (s:Entity)-[:HAS_VALUE]->(v:IndicatorValue)
WHERE v.metric IN metrics
WITH v.year AS year, v.metric AS metric, v.unit AS unit, s.name AS subject, v
ORDER BY v.value
WITH year, metric, unit, subject,
     [x IN collect(v) WHERE x.kind = 'actual' | x.value] AS actual,
     [x IN collect(v) WHERE x.kind = 'estimate' | x.value] AS estimate,
     [x IN collect(v) WHERE x.kind = 'target' | x.value] AS target,
     reduce(dates = [], x IN collect(v) | dates + [d IN x.evidencePublishedAts WHERE NOT d IN dates]) AS reportedAt
RETURN year, metric, unit, subject, actual, estimate, target, reportedAt
ORDER BY year IS NULL, year, metric, unit, subject
