A.append(dict(tpl='amp2', prov='National Dispatch', pdom='nationaldispatch.example', section='World', date='2026-12-06',
 title='Port strike ends after deal on automation limits', author='Ines Valkonen',
 deck='Dockworkers will return on Monday after a nine-day walkout.',
 body='''
P Dockworkers at the country's three largest container ports agreed on Saturday to end a nine-day strike after their union and port operators reached a deal that limits the use of automated cranes for the next six years.
P The agreement, announced by the labor ministry, gives workers a 14 percent raise over four years and requires operators to negotiate with the union before installing any new automated equipment.
A
P The strike had left more than 80 ships waiting offshore and disrupted deliveries of auto parts and fresh produce across the region.
P "This deal protects jobs today and gives us a voice in what the ports look like tomorrow," the union's president, Tomas Lindgren, said at a news conference.
C Gallery|A container ship waits outside the harbour.|Dockworkers picket at the northern terminal.|Trucks line up at the port gates on Saturday.
H Backlog will take weeks to clear
P Port officials said it could take three to four weeks to clear the backlog of ships. Terminals will run extra shifts through the end of the month.
P Business groups welcomed the end of the strike but said the automation limits would make the ports less competitive.
'''))
A.append(dict(tpl='amp2', prov='The Civic Observer', pdom='civicobserver.example', section='Politics', date='2026-12-03',
 title='City council approves first budget with participatory spending', author='Desmond Kraus',
 deck='Residents will decide how to spend $5 million on neighborhood projects.',
 body='''
P The city council on Wednesday approved a $1.2 billion budget that, for the first time, sets aside money for residents to spend directly on projects in their own neighborhoods.
P Under the participatory budgeting program, $5 million will be divided among the city's nine districts. Residents aged 14 and older will be able to propose projects in the spring and vote on them in the fall.
A
P Council member Yolanda Brisbane, who championed the program, said it was meant to bring people into city decisions who do not usually attend meetings.
Q People know what their block needs. A crosswalk, a bench, lights in the park. They should not have to wait years for a department to notice.
P Critics said the amount was too small to make a real difference and that the program would be expensive to run. The city expects to spend about $400,000 a year on outreach and staff.
H Other budget highlights
L A 3 percent raise for city workers
L Two new fire engines
L Extended hours at four recreation centers
P The budget takes effect on Jan. 1.
'''))
A.append(dict(tpl='amp2', prov='Frontier Daily', pdom='frontierdaily.example', section='Business', date='2026-12-02',
 title='Mining town bets on lithium after coal mine closure', author='Wade Hollister',
 deck='A proposed processing plant could bring 400 jobs.',
 body='''
P Two years after the coal mine that employed a third of its workers shut down, the town of Redstone is pinning its hopes on a lithium processing plant that a mining company proposed this week.
P The company, Basin Minerals, said it would invest about $900 million in a plant to process lithium-bearing clay from deposits in the nearby hills. It expects to hire about 400 people, many of them former coal miners.
A
P "Most of the skills carry over," said Darla Stubbs, who ran heavy equipment at the coal mine for 16 years. "We know how to move earth and run machines safely. We just need somebody to hire us."
P The plan still needs state water permits and an environmental review. Ranchers downstream have raised concerns about how much water the plant would use in a region that has been in drought for most of the past decade.
P Company officials said the plant would recycle most of its water and draw from a deep aquifer rather than the river.
'''))
A.append(dict(tpl='amp3', prov='Coastline Chronicle', pdom='coastlinechronicle.example', section='Food', date='2026-12-04',
 title='Oyster farmers celebrate best harvest in a decade', author='Priya Ramaswamy',
 deck='Cooler summer water helped young oysters survive.',
 body='''
P Oyster farmers along Merrow Bay are bringing in their biggest harvest in ten years, a turnaround they credit to a cool summer that kept water temperatures below the level at which disease spreads among young shellfish.
P The bay's 23 licensed farms expect to sell about 4.6 million oysters this season, up from 2.9 million last year, according to the regional shellfish growers' association.
P "For a few years there, we were losing half our seed before it ever got to market," said Caleb Thorsen, who farms 12 acres near the mouth of the bay. "This year it feels like the bay is giving back."
I Drone footage of oyster farm lines at low tide
P The growers are not counting on a repeat. Warmer summers have become more common, and scientists at the state marine lab are testing oyster strains that may tolerate higher temperatures.
P Restaurants in the area have added oyster specials, and the association's winter festival returns in January after a two-year break.
'''))
A.append(dict(tpl='amp3', prov='Summit Record', pdom='summitrecord.example', section='Outdoors', date='2026-12-06',
 title='Ski resort opens early after November snowstorms', author='Anders Kovac',
 deck='Three lifts are running ahead of the usual mid-December opening.',
 body='''
P Powder Ridge opened for the season on Saturday, nearly two weeks ahead of schedule, after a string of November storms dropped more than five feet of snow on the upper mountain.
P Three of the resort's nine lifts are running, serving about a dozen beginner and intermediate runs. Resort officials said they hope to open the summit chair by next weekend.
P "We have not opened this early since 2010," said the resort's operations manager, Beth Landry. "The crews have been making snow at night and grooming all day."
I Skiers ride the Eagle Chair on opening day
P The early opening is a relief for businesses in the town of Summit Falls, which had two poor seasons in a row. Lodging bookings for December are up about 20 percent from last year, according to the local tourism office.
P Lift tickets are discounted through Dec. 15 while terrain is limited.
'''))
A.append(dict(tpl='print1', prov='Brookfield Examiner', pdom='brookfieldexaminer.example', section='Courts', date='2026-12-03',
 title='Former treasurer sentenced for diverting youth league funds', author='Marcus Lindahl',
 deck='',
 body='''
P A former treasurer of the Brookfield Youth Soccer League was sentenced Wednesday to 18 months in prison for taking more than $140,000 from the league's accounts over five years.
P Colin Redd, 52, pleaded guilty in September to wire fraud. Prosecutors said he used the money to pay personal credit card bills and to cover losses at online casinos, and hid the withdrawals by creating false invoices for field rentals and referee fees.
P The league discovered the shortfall in 2025 when a new board member asked to see bank statements. By then, the league had raised registration fees twice and canceled a program that offered free spots to low-income families.
P "Parents trusted him with their kids' fees," said the league's current president, Gloria Amadi, in a statement read in court. "That trust will take longer to repay than the money."
P Judge Evelyn Strand also ordered Redd to repay the full amount. His lawyer said he had already returned about $20,000 and would sell his house to pay more.
'''))
A.append(dict(tpl='print1', prov='Highland News-Register', pdom='highlandnewsregister.example', section='Agriculture', date='2026-12-05',
 title='Dairy cooperative opens cheese plant to use surplus milk', author='Eleanor Vaughn',
 deck='',
 body='''
P A cooperative of 58 dairy farms opened a cheese plant in Highland County on Friday, giving farmers a new outlet for milk that in recent years has sometimes been dumped when processors could not take it.
P The plant, built in a former furniture warehouse, can turn about 200,000 pounds of milk a day into cheddar, gouda and cheese curds. It employs 35 people.
H Why the farmers built their own plant
P Cooperative members said the closure of two regional processors since 2020 left them with few buyers and little bargaining power. During the spring flush, when cows produce the most milk, some farms were told to dump part of their output.
P "We were pouring money down the drain, literally," said Harold Janssen, who milks 180 cows and sits on the cooperative's board. "Owning the plant means we decide what happens to our milk."
P The project cost $22 million, financed by a federal rural development loan, a state grant and contributions from members. The cooperative plans to sell cheese to grocery chains in the region and at a shop attached to the plant.
'''))
A.append(dict(tpl='print1', prov='Granite State Journal', pdom='granitestatejournal.example', section='Government', date='2026-12-01',
 title='Towns weigh shared police department to cut costs', author='Victor Amsel',
 deck='',
 body='''
P Three small towns in the northern part of the state are studying whether to merge their police departments into one regional force, a move officials say could save money and make it easier to fill shifts.
P Dunmore, Ashby and Wells Corner each employ between four and seven officers. All three have struggled to hire, and each has relied on the state police to cover nights when no local officer was available.
P A consultant hired by the towns estimated that a combined department of 16 officers could provide round-the-clock coverage for about 8 percent less than the towns now spend together.
P Residents at a joint meeting Monday were divided. Some worried that a regional force would be less familiar with their town. Others said reliable coverage mattered more than a familiar face.
P Each town would have to approve the plan at its annual town meeting in March.
'''))
