A.append(dict(tpl='aggr1', prov='Harbor City Ledger', pdom='harborcityledger.example', section='US', date='2026-12-05',
 title='County votes to keep its last rural bus route running through 2028', author='Nadia Ferreira',
 deck='Supervisors found $1.9 million to keep the Route 40 shuttle on the road.',
 body='''
P Supervisors in Alder County voted 4-1 on Friday to keep the county's last rural bus route running for at least three more years, reversing a staff recommendation to end the service in March.
P The Route 40 shuttle carries about 260 riders a day between the farm towns east of the river and the hospital and community college in Harbor City. Ridership fell by half during the pandemic and has recovered only slowly, which led transit planners to propose replacing it with an on-demand van service.
A
P Riders packed the board chamber for more than three hours of public comment. Many said they had no car and that the van service, which must be booked a day ahead, would not work for people with shift jobs or dialysis appointments.
M Harbor City transit agency weighs fare-free weekends
P "I have been riding that bus for nineteen years," said Dolores Whitcomb, 71, who lives in the town of Penrose. "It is how I get my groceries, and it is how I get to see my sister."
P The board found $1.9 million for the route by delaying a parking garage project at the county fairgrounds. Supervisor Martin Okoye, who cast the lone vote against, said the county was "putting off a hard decision" and that the route would need a new funding source before 2028.
H What happens next
P Transit staff will return in the spring with a plan to add two evening trips and a stop at the new clinic in Penrose. The county will also apply for a state grant that pays for rural transit in areas with few other options.
'''))
A.append(dict(tpl='aggr1', prov='The Midland Courier', pdom='midlandcourier.example', section='Business', date='2026-12-04',
 title='Family bakery chain sells to employees after 62 years', author='Gregory Astin',
 deck='The Kessler family says an employee ownership plan was the best way to keep the business local.',
 body='''
P The Kessler family, which has run a chain of neighborhood bakeries in the Midland area since 1964, has sold the business to its 340 employees through an employee stock ownership plan, the company said Thursday.
P The deal, valued at about $38 million, will be paid off over 20 years from the company's profits. Workers will not pay anything out of pocket, and shares will be allotted based on hours worked and years of service.
A
P Ruth Kessler, 68, who has led the company since her father retired in 1991, said the family had turned down three offers from larger food companies over the past decade.
Q Every one of those buyers wanted the name and the recipes. None of them could promise that the ovens would stay on Fourth Street.
P Kessler will stay on as chief executive for two years while the company trains a successor. Her son, who runs the company's wholesale business, will remain in that role.
R Midland restaurants brace for higher food costs in 2027
P Employee-owned companies are still rare in the food industry. A national group that tracks such plans counts about 6,500 of them across the country, most in manufacturing and construction.
P Longtime workers said they welcomed the news. "It feels like the place is finally ours in writing, not just in spirit," said Omar Castellanos, a baker at the Fourth Street shop for 24 years.
'''))
A.append(dict(tpl='aggr1', prov='Westbrook Daily Star', pdom='westbrookstar.example', section='Science', date='2026-12-02',
 title='Volunteers count record number of monarch butterflies at coastal groves', author='Lena Oduya',
 deck='The Thanksgiving count found more than 240,000 butterflies, the most since 1997.',
 body='''
P Volunteers counting monarch butterflies at overwintering sites along the coast tallied more than 240,000 this year, the highest total since 1997, according to preliminary figures released Wednesday.
P The annual count, held around Thanksgiving, relies on about 400 volunteers who visit groves of eucalyptus, pine and cypress trees where the butterflies cluster in the winter months.
A
P Biologists cautioned against reading too much into a single year. The population crashed to fewer than 2,000 butterflies in 2020 before rebounding, and numbers have swung widely since.
P "This is good news, and we'll take it," said Hector Villanueva, a biologist who coordinates the count. "But one strong year does not mean the population is recovered. We need to see this for five or ten years in a row."
H Habitat still a concern
P Researchers say the loss of milkweed, the only plant monarch caterpillars eat, along with pesticide use and development, remain the main threats. Several coastal cities have begun planting native milkweed in parks and along highways.
P The final count will be published in January after organizers check the volunteers' data sheets.
'''))
A.append(dict(tpl='aggr1', prov='Capitol Wire Service', pdom='capitolwire.example', section='Politics', date='2026-12-06',
 title='State lawmakers propose cap on ambulance bills for uninsured patients', author='Terrence Boyle',
 deck='The bill would limit charges to twice the Medicare rate.',
 body='''
P Two state senators on Saturday unveiled a bill that would cap what ambulance companies can charge patients without insurance, after a legislative audit found bills of more than $4,000 for rides of less than ten miles.
P The measure would limit charges to twice the rate Medicare pays for the same service and would bar companies from sending unpaid bills to collections for 180 days.
A
P "Nobody chooses their ambulance," said Sen. Patricia Mullane, a co-sponsor. "You are lying on the ground, someone calls 911, and weeks later a bill arrives that can wipe out your savings."
P Ambulance operators said the cap would force some rural services to cut staff. The state association of emergency medical providers said Medicare rates do not cover the cost of keeping crews on call in sparsely populated areas.
L The audit reviewed 12,000 ambulance bills from 2024 and 2025.
L The median charge for an uninsured patient was $1,870.
L About one in five bills was sent to a collection agency.
P The bill will be filed when the legislature convenes in January. A similar proposal died in committee two years ago.
'''))
A.append(dict(tpl='aggr2', prov='Pacific Gazette', pdom='pacificgazette.example', section='Travel', date='2026-12-03',
 title='Island ferry adds winter sailings as visitor numbers climb', author='Hanna Brightwater',
 deck='The ferry operator will run four daily crossings through February.',
 body='''
P The ferry that links the mainland with Mariner Island will keep four daily crossings through the winter for the first time, after a year in which off-season visitor numbers rose by nearly a third.
P Until now, the operator cut service to two sailings a day between November and March. Island business owners had long complained that the thin schedule made it hard to attract weekend visitors and forced workers who commute from the mainland to spend nights away from home.
A
P The operator's general manager, Felix Amundsen, said the change was made possible by a new hybrid vessel that uses about 40 percent less fuel than the older boats.
P "The economics of a winter sailing look very different when you are not burning diesel the whole way across," Amundsen said.
H Fares unchanged
P Round-trip fares will stay at $34 for adults and $12 for children. Island residents will continue to ride at a discount.
P The island's chamber of commerce said several inns that usually close for the winter have decided to stay open on weekends.
'''))
A.append(dict(tpl='aggr2', prov='Northern Standard', pdom='northernstandard.example', section='Health', date='2026-12-01',
 title='Clinics report early start to flu season as hospital visits rise', author='Dr. Amit Sorensen',
 deck='Health officials urge residents to get vaccinated before the holidays.',
 body='''
P Flu cases are rising earlier than usual this year, with emergency room visits for flu-like illness up sharply in the last two weeks of November, state health officials said Monday.
P The share of emergency visits linked to flu symptoms reached 4.8 percent last week, compared with 1.9 percent at the same point last year. Officials said the season appeared to be about three weeks ahead of a typical year.
A
P Children under five and adults over 65 accounted for most of the hospital admissions, according to the health department's weekly report.
P "We are seeing the kind of numbers we would normally expect around New Year's," said Dr. Celia Montrose, the state epidemiologist. "If you have been putting off a flu shot, now is the time."
Q It takes about two weeks after vaccination for protection to build up, so getting the shot now means you are covered for holiday gatherings.
P Pharmacies and county clinics are offering the vaccine without appointments. Most insurance plans cover it at no cost.
R Five myths about the flu shot, explained
P Officials also reminded residents to stay home when sick and to wash their hands often.
'''))
A.append(dict(tpl='aggr2', prov='Riverside Tribune', pdom='riversidetribune.example', section='Sports', date='2026-12-06',
 title='Underdog Eagles reach first state final in school history', author='Cole Matheson',
 deck='Cedar Falls beat the top seed 28-24 on a late touchdown.',
 body='''
P CEDAR FALLS — A 32-yard touchdown pass with 41 seconds left sent the Cedar Falls Eagles to their first state championship game on Friday night, as the unseeded team beat top-ranked Lakeview 28-24 in the semifinals.
P Quarterback Jalen Pritchard found senior receiver Mateo Ruiz on a post route after the Eagles had driven 70 yards in under two minutes without a timeout.
A
P "We practiced that exact play every Thursday all season," Pritchard said. "Coach kept saying we would need it one day."
P Lakeview had led 24-14 early in the fourth quarter before Cedar Falls scored on a blocked punt and then held the Lions to a three-and-out to set up the final drive.
P The Eagles, who finished 6-4 in the regular season and needed a tiebreaker to make the playoffs, will face Grant Academy in the final next Saturday at the university stadium.
P Head coach Renee Dubois, in her second season, said the school would hold a send-off for the team on Friday afternoon.
'''))
A.append(dict(tpl='aggr2', prov='Metro Business Journal', pdom='metrobizjournal.example', section='Money', date='2026-12-04',
 title='Downtown office vacancies fall for the first time in five years', author='Simone Achterberg',
 deck='Conversions to housing took older buildings off the market.',
 body='''
P The share of empty office space downtown fell for the first time since 2021, according to a quarterly report released Thursday by a commercial real estate firm, a shift driven less by new tenants than by buildings being converted to apartments.
P Vacancy stood at 22.4 percent at the end of the third quarter, down from 23.9 percent a year earlier. Three older towers on Commerce Street, totaling about 900,000 square feet, were taken off the office market this year as developers began converting them to housing.
A
P Leasing activity itself remained weak. Companies signed about 1.1 million square feet of new leases in the first nine months of the year, roughly the same as in 2025.
P "The market is shrinking to fit demand rather than demand growing to fill the market," said Bettina Kolar, the firm's research director.
H Smaller spaces, shorter leases
P The report found that tenants continue to favor smaller, newer offices with shorter lease terms. The average new lease was for about 8,000 square feet, down from 12,500 square feet before the pandemic.
P City officials have offered tax breaks for conversions and say another six buildings are under review.
'''))
