A.append(dict(tpl='appwrap', prov='Atlas Morning News', pdom='atlasmorning.example', section='Technology', date='2026-12-05',
 title='City pilots app that tells drivers where parking is free', author='Kwame Osei',
 deck='Sensors in 3,000 spaces report whether they are occupied.',
 body='''
P Drivers in the city's central business district can now check an app to see which street parking spaces are open, as part of a six-month pilot that city officials hope will reduce traffic from people circling the block.
P The city installed small sensors in about 3,000 metered spaces. Each one detects whether a car is parked above it and sends the information to a map updated every 30 seconds.
P Transportation officials estimate that up to a quarter of downtown traffic at peak hours comes from drivers looking for parking. Studies in other cities have found that similar systems cut that search time by several minutes per trip.
P "If we can get even some of those cars off the road a little sooner, it helps buses move faster and makes the streets safer for people walking," said Leona Farris, the city's transportation director.
P The pilot cost about $1.4 million, paid for by a federal grant. The city will decide next summer whether to expand it.
'''))
A.append(dict(tpl='appwrap', prov='Evening Meridian', pdom='eveningmeridian.example', section='World', date='2026-12-04',
 title='Glacier retreat exposes 4,000-year-old forest', author='Ingrid Solberg',
 deck='Researchers are racing to study the tree stumps before they decay.',
 body='''
P A glacier's retreat in the northern mountains has exposed the remains of a forest that grew there roughly 4,000 years ago, scientists said this week, offering a rare look at a time when the climate in the region was warmer than it is today.
P The stumps, many still rooted in the soil, were found by a hiker in August at the edge of the melting ice. Radiocarbon dating of several samples showed they died about 4,100 years ago, probably when the glacier advanced over them.
P Researchers have since collected more than 200 samples. Tree rings preserved in the wood could help reconstruct the region's climate year by year over several centuries.
P "The ice kept these trees like a freezer," said Dr. Magnus Eide, a dendrochronologist at the national university. "Now that they are exposed, they will start to rot within a few years, so we need to work quickly."
P The team plans to return in the spring with a larger crew.
'''))
A.append(dict(tpl='shell_ld', prov='Brightline Media', pdom='brightline.example', section='Tech', date='2026-12-06',
 title='Regional internet provider to bring fiber to 40,000 rural homes', author='Selena Okafor',
 deck='The company will use state broadband grants to wire three counties.',
 body='''
P A regional internet provider said Saturday that it would bring fiber-optic service to about 40,000 homes and businesses in three rural counties over the next three years, using a mix of state grants and its own money.
P The $210 million project will cover areas where many residents now rely on slow DSL lines or satellite service. The company, Valley Fiber, said it would begin construction in the spring, starting with towns where it already has equipment on utility poles.
P State broadband officials said the grant, about $95 million, was the largest awarded in the program's current round. The company must offer a low-cost plan for households that qualify for federal assistance.
P "We have been waiting for this for twenty years," said Ramona Tuttle, a county commissioner. "Kids do their homework in the library parking lot because that is where the signal is."
P The company expects the first customers to be connected by late next year.
'''))
A.append(dict(tpl='shell_ld', prov='Keystone Current', pdom='keystonecurrent.example', section='Health', date='2026-12-03',
 title='Hospital network opens walk-in mental health clinics', author='Rhys Galloway',
 deck='The clinics will see patients without appointments seven days a week.',
 body='''
P A hospital network in the eastern part of the state opened two walk-in mental health clinics this week, offering same-day visits for people in distress who might otherwise wait hours in an emergency room.
P The clinics, in Ashford and Millersburg, are staffed by psychiatrists, nurses and counselors and will be open from 8 a.m. to 10 p.m. every day. Patients can be seen without an appointment and without a referral.
P Emergency departments across the state have reported long waits for patients in mental health crises, some of whom stay days before a bed becomes available.
P "An emergency room is one of the worst places to be when you are in crisis," said Dr. Naomi Feld, the network's chief of behavioral health. "It is loud, it is bright, and the people there are trained for heart attacks and car crashes."
P The network said it would track whether the clinics reduce emergency room visits and plans to open a third site next year.
'''))
A.append(dict(tpl='shell_next', prov='Orbitline News', pdom='orbitline.example', section='Science', date='2026-12-05',
 title='Amateur astronomers spot new comet from backyard observatory', author='Darius Mehta',
 deck='The comet should be visible with binoculars by January.',
 body='''
P Two amateur astronomers using a backyard telescope have discovered a new comet that could become visible with binoculars in January, the international body that names comets announced this week.
P Margaret Ellison and her neighbor Theo Park spotted the faint smudge of light on images taken from Ellison's observatory, a converted garden shed. They reported it to a clearinghouse for new discoveries, and professional observatories confirmed the find within a day.
P The comet is currently beyond the orbit of Mars. Astronomers expect it to pass closest to the sun in late January, when it could reach a brightness that makes it easy to spot in dark skies.
P "I check the images every morning with my coffee," Ellison said. "Most days there is nothing. That day there was something that should not have been there."
P It is the first comet discovered by amateurs in the region in more than two decades.
'''))
A.append(dict(tpl='shell_next', prov='Cascade Weekly', pdom='cascadeweekly.example', section='Business', date='2026-12-02',
 title='Craft cider makers turn to heritage apple varieties', author='Bridget Haugen',
 deck='',
 body='''
P A growing number of cider makers in the region are planting old apple varieties that fell out of favor decades ago, betting that their sharp, tannic flavors will set their drinks apart in a crowded market.
P Varieties with names like Kingston Black and Foxwhelp were once common in cider orchards but were replaced by sweeter eating apples in the 20th century. Nurseries that sell grafted trees say demand for them has tripled in five years.
H A long wait
P The trees take four to six years to bear fruit, so growers who plant now will not see a harvest until the end of the decade. Some cider makers are buying fruit from the few old orchards that survived.
P "You taste one of these apples and it is almost undrinkable on its own," said Ruben Castellanos, who runs a cidery outside Cascade Falls. "Blend it with a sweet apple and suddenly you have something with structure."
P The state's cider makers' association counts 74 members, up from 31 in 2018.
'''))
A.append(dict(tpl='shell_fusion', prov='Capital Sun-Times', pdom='capitalsuntimes.example', section='Politics', date='2026-12-04',
 title='Governor signs law expanding free school meals', author='Anthony Reyes',
 deck='All public school students will be eligible starting next fall.',
 body='''
P The governor on Thursday signed a law that will give every public school student in the state free breakfast and lunch starting next fall, regardless of family income.
P The program will cost about $180 million a year. Supporters said it would end the stigma some children feel when they receive free meals and save families the paperwork of applying.
P "No child should sit in class hungry, and no child should feel embarrassed about eating lunch," the governor said at a signing ceremony in an elementary school cafeteria.
P Republican lawmakers who voted against the bill said the state should focus aid on families who need it most. The state already provided free meals to about 45 percent of students through federal programs.
P School districts will receive guidance on the program in the spring.
'''))
A.append(dict(tpl='shell_state', prov='Gulf Coast Register', pdom='gulfcoastregister.example', section='Environment', date='2026-12-06',
 title='Sea turtle nesting hits record on barrier islands', author='Marisol Vega',
 deck='',
 body='''
P Sea turtles laid a record number of nests on the state's barrier islands this year, wildlife biologists said Saturday, continuing a rise that began after the islands' beaches were closed to vehicles in 2015.
P Volunteers counted 1,240 loggerhead nests and 96 green turtle nests between May and October, up from 1,010 and 71 last year.
P Biologists credit the vehicle ban, darker beaches at night and a program that pays fishing boats to use nets with turtle escape hatches.
P "When I started in 2003, a good year was 300 nests," said Leonard Fitch, who coordinates the volunteer patrols. "We are seeing numbers I never expected to see."
P Hatchlings from the last nests emerged in late October. About 68 percent of eggs hatched, close to the long-term average.
'''))
A.append(dict(tpl='paywall', prov='The Meridian Ledger', pdom='meridianledger.example', section='Business', date='2026-12-05',
 title='Insurers retreat from wildfire country, leaving homeowners scrambling', author='Celeste Whitford',
 deck='Nonrenewal notices have doubled in three years.', teaser=2,
 body='''
P Homeowners in the foothill towns east of the capital are receiving nonrenewal notices from their insurers at twice the rate of three years ago, according to state data, as companies pull back from areas they consider at high risk of wildfire.
P Many of those homeowners have ended up on the state's insurer of last resort, which offers less coverage at a higher price.
P The state insurance commissioner has proposed rules that would let companies use catastrophe models in setting rates, in exchange for a promise to write more policies in high-risk areas.
P Consumer advocates say the rules would raise premiums across the state without guaranteeing that insurers will return.
P "We are being asked to trust the companies that just left," said one advocate, Martin Delgado.
P Insurers say the current rules force them to price policies based on past losses, which understates the risk in a warming climate.
P The commissioner is expected to make a final decision in February.
'''))
A.append(dict(tpl='paywall', prov='Northfield Tribune', pdom='northfieldtribune.example', section='Local', date='2026-12-03',
 title='Inside the fight over a 300-acre solar farm on prime farmland', author='Gustav Reinholt',
 deck='Neighbors and farmers are split over a project that would lease land for 35 years.', teaser=3,
 body='''
P On the flat land west of Northfield, where corn and soybeans have grown for more than a century, a developer wants to install 600,000 solar panels.
P The 300-acre project would produce enough electricity for about 45,000 homes. The landowners, two families who have farmed the area for generations, would receive lease payments for 35 years.
P Opponents say the project would take some of the county's best soil out of production and change the character of the area.
P The county zoning board has held four hearings on the project, each lasting past midnight.
P Supporters argue that the lease payments will keep the families on the land and that the soil will rest under the panels and can be farmed again when the lease ends.
P The developer has offered to plant native grasses under the panels and allow sheep to graze there.
P The zoning board is scheduled to vote on Dec. 17.
'''))
