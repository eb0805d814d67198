package extract

// Story is the body of a short news story, three paragraphs of prose,
// that the tests of this package and of package extract_test build their
// pages around.
const Story = `<p>The council voted on Tuesday to extend the ferry timetable through the winter, after a petition signed by more than four thousand residents, the largest in the town's history.</p>
<p>Officials said the extra crossings would cost about £200,000 a year, to be met from parking revenue, and would start in the first week of November.</p>
<p>Residents on the island, many of whom commute to the mainland for work, had complained for years that the last boat left too early in the evening.</p>`
