A.append(dict(tpl='aggr3', prov='Lakeshore Gazette', pdom='lakeshoregazette.example', section='Local', date='2026-12-05',
 title='Library to stay open until 10 p.m. during finals week', author='Jo Whitaker',
 deck='The central branch will extend hours for students.',
 body='''
P The Lakeshore Public Library's central branch will stay open until 10 p.m. from Dec. 12 through Dec. 19 so that high school and college students have a quiet place to study for exams, the library board announced this week.
P The extended hours were first tried last spring and drew about 180 visitors a night, according to library director Maribel Santos. Volunteers from the teachers' union will staff a homework help desk on weeknights.
P Free coffee and tea will be served in the community room after 7 p.m., courtesy of a local roaster.
'''))
A.append(dict(tpl='aggr3', prov='Valley Sentinel', pdom='valleysentinel.example', section='Local', date='2026-12-03',
 title='Water main break closes stretch of Orchard Avenue', author='Staff report',
 deck='Repairs are expected to last through Thursday.',
 body='''
P A water main break early Wednesday flooded part of Orchard Avenue between Fifth and Ninth streets, forcing the city to close the road to traffic while crews dig up the 70-year-old pipe.
P About 140 homes and businesses were without water for several hours. Service was restored to most of them by mid-afternoon, the public works department said, though residents were told to run their taps for a few minutes before drinking.
P Detours are posted on Maple Street. Public works director Alan Rusk said the repairs should be finished by Thursday evening if the weather holds.
'''))
A.append(dict(tpl='aggr4', prov='Eastgate Herald', pdom='eastgateherald.example', section='Entertainment', date='2026-12-02',
 title='Community theater revives a forgotten 1950s musical', author='Pearl Hastings',
 deck='A local troupe spent two years reconstructing the score.',
 body='''
P When the Eastgate Community Players went looking for a holiday show this year, they did not want another production of a familiar classic. Instead, they found a musical that had not been staged in nearly seventy years.
P "Lanterns on the Pier," written by a pair of local songwriters in 1953, ran for three weeks at a downtown theater and then disappeared. The only surviving copy of the script sat in a box at the county historical society, along with a handful of handwritten song sheets.
A
P Music director Samuel Oyelaran spent two years piecing together the score, working from the song sheets, a newspaper review that described several numbers and a scratchy recording a former cast member's daughter found in her attic.
P "There were songs where we had the melody and no lyrics, and songs where we had the lyrics and had to guess the tune," Oyelaran said. "We tried to write in the style of the time and not make it sound like a modern show pretending to be old."
P The production opens Dec. 11 at the Eastgate Arts Center and runs for three weekends. The daughter of one of the original songwriters, now 84, plans to attend opening night.
H Tickets and times
P Performances are Fridays and Saturdays at 7:30 p.m. and Sundays at 2 p.m. Tickets are $18 for adults and $10 for students.
'''))
A.append(dict(tpl='aggr4', prov='Southern Ledger', pdom='southernledger.example', section='Weather', date='2026-12-06',
 title='Farmers race to protect citrus as hard freeze nears', author='Beau Trammell',
 deck='Growers are running irrigation overnight to shield fruit from temperatures in the 20s.',
 body='''
P Citrus growers across the southern part of the state spent Saturday preparing for what forecasters say could be the hardest freeze in six years, with temperatures expected to drop into the mid-20s before dawn on Monday.
P Many growers planned to run irrigation through the night. The water releases heat as it freezes, which can keep fruit and young trees a few degrees warmer than the surrounding air.
A
P "You are basically coating the tree in a thin layer of ice to save it," said Lorraine Vickers, who grows oranges and grapefruit on 300 acres near Dalton Springs. "It looks terrible in the morning, but it works."
P The freeze comes as growers are still recovering from a hurricane last year that damaged thousands of acres. State agriculture officials said a prolonged freeze could cut the remaining crop by as much as 15 percent.
L Temperatures below 28 degrees for four hours can damage fruit.
L Young trees are at greater risk than mature groves.
L Wind machines and irrigation are the most common protections.
P Forecasters expect temperatures to rebound into the 60s by Wednesday.
'''))
A.append(dict(tpl='amp1', prov='The Harlow Review', pdom='harlowreview.example', section='Education', date='2026-12-04',
 title='School district adds later start times for high schools', author='Miriam Castellano',
 deck='Classes will begin at 8:45 a.m. next fall.',
 body='''
P High schools in the Harlow Unified School District will start classes at 8:45 a.m. beginning next fall, nearly an hour later than now, after the school board approved the change on a 5-2 vote Thursday night.
P Supporters pointed to research showing that teenagers' sleep cycles shift later during adolescence and that students who start school later sleep more, miss fewer days and do slightly better on tests.
F Students arrive at Harlow High School before dawn in November.|Miriam Castellano/The Harlow Review
P The district will stagger bus routes so that elementary schools start earlier, at 7:55 a.m. Some parents of younger children objected, saying their children would be waiting for buses in the dark.
A
P "There is no schedule that works perfectly for every family," board president Arturo Benavides said. "We looked at the evidence and decided that the older students needed this the most."
P Athletic directors said practices would end later, and some games might have to start before the final bell. The district plans to survey families after the first semester.
'''))
A.append(dict(tpl='amp1', prov='Greystone Post', pdom='greystonepost.example', section='Environment', date='2026-12-01',
 title='Beavers return to creek after 100-year absence', author='Felix Navarro',
 deck='Wildlife cameras captured a family building a dam on Miller Creek.',
 body='''
P For the first time in more than a century, beavers are building dams on Miller Creek, wildlife officials said this week after trail cameras recorded a family of four felling willows along the stream.
P Beavers were trapped out of the watershed by the early 1900s. Biologists believe the animals made their way down from the mountains over several years, following a string of restored wetlands.
F A beaver carries a willow branch on Miller Creek in a still from a wildlife camera.|State Wildlife Department
P Their return is welcome news for restoration groups, who say beaver ponds store water, cool streams for fish and slow floodwaters. A local land trust has spent a decade replanting willows along the creek in part to make the habitat ready.
A
P "We always hoped they would find it," said Rosalind Achebe, the land trust's director. "We just did not think it would be this soon."
P Officials are asking hikers to keep dogs leashed near the creek and not to disturb the dams.
'''))
A.append(dict(tpl='amp1', prov='Tidewater Times', pdom='tidewatertimes.example', section='Local', date='2026-12-05',
 title='Historic lighthouse reopens for tours after restoration', author='Caroline Dube',
 deck='Visitors can climb the 123 steps for the first time since 2019.',
 body='''
P The Point Merritt Lighthouse reopened to visitors on Saturday after a seven-year, $3.4 million restoration that replaced its rusted iron lantern room and repaired cracks in the brick tower.
P The 1872 lighthouse closed in 2019 after inspectors found that the cast-iron gallery around the top had corroded. Volunteers with the Point Merritt Preservation Society raised about a third of the cost, with the rest coming from state historic preservation grants.
A
H A new lens
P The restoration included a replica of the lighthouse's original Fresnel lens, which was removed in the 1960s and is now displayed at a maritime museum. The replica was built by a glass studio using drawings from the federal lighthouse service.
P "When the light came on again last week, people drove out from all over the county just to watch," said society president Gerald Moss.
P Tours will run Friday through Sunday from 10 a.m. to 4 p.m. Visitors must be at least 42 inches tall to climb the tower.
'''))
