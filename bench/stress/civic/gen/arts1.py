# Article content for civic stress pages (original text, invented places).
# body blocks: ('p',t) ('h2',t) ('h3',t) ('ul',[..]) ('ol',[..]) ('table',[[..],..]) ('q',t)
# 'fig' key: list of (after_block_index, caption) inserted as figures (not body)
A = []

# ---------- CivicPlus city News Flash (4) ----------
A.append(dict(tpl='civicplus', site='City of Marrow Falls', domain='marrowfalls.example.gov', cat='Public Works',
 title='Elm Street Water Main Replacement Begins January 12', date='2026-12-03', datel='Posted on: December 3, 2026',
 body=[('p','The City of Marrow Falls Public Works Department will begin replacing the water main under Elm Street between Fourth Avenue and Ninth Avenue on Monday, January 12. The existing cast-iron pipe was installed in 1931 and has broken eleven times in the past five years, most recently during the cold snap last February.'),
 ('p','The project will replace roughly 2,400 feet of eight-inch main with twelve-inch ductile iron pipe, along with new service connections to 64 homes and three businesses. Crews will work in three phases so that no more than two blocks are closed to through traffic at any time.'),
 ('h3','What residents should expect'),
 ('ul',['Water service interruptions of up to six hours, announced at least 48 hours ahead with door hangers','Temporary above-ground water lines along the curb during each phase','Street parking removed on the work block between 7 a.m. and 5 p.m. on weekdays','Garbage and recycling collection on the regular day, with carts placed at the nearest open corner']),
 ('p','Residents on the affected blocks received a letter this week with a map of each phase and the name of the inspector assigned to their street. The contractor, Halvorsen Underground, was the lowest of four bidders at $2.86 million. The work is paid for from the water utility fund and a low-interest state revolving loan.'),
 ('p','"We know construction on a residential street is a real inconvenience, and we are grateful for everyone\'s patience," said Public Works Director Lenore Askew. "This main has been on our replacement list for a decade. Once it is done, the neighborhood will have better fire flow and far fewer surprise shutoffs."'),
 ('p','Weather permitting, the project is expected to be finished by the end of May, with final street paving in June. Updates will be posted on the project page and sent to subscribers of the city\'s Public Works notifications.'),
 ('p','Questions about the project can be directed to the Public Works Department at 555-0142 during business hours.')],
 fig=[(1,'Crews mark the route of the new main on Elm Street. Photo courtesy of the City of Marrow Falls.')],
 attach=['Elm Street Phase Map (PDF, 412 KB)','Resident Letter - Elm Street (PDF, 96 KB)']))

A.append(dict(tpl='civicplus', site='Tarrow County, OR', domain='tarrowcounty.example.gov', cat='Board of Commissioners',
 title='Commissioners Adopt Revised Burn Ordinance After Public Hearing', date='2026-12-01', datel='Posted on: December 1, 2026',
 body=[('p','The Tarrow County Board of Commissioners voted 4-1 on Tuesday to adopt a revised outdoor burning ordinance that sets new hours for yard debris burning and creates a single county-wide burn permit in place of the separate permits issued by the four fire districts.'),
 ('p','The vote followed a public hearing that drew more than 60 residents to the Commission chambers and another 140 written comments. Most speakers supported a single permit, while several rural landowners objected to an earlier draft that would have banned burning on weekends. The adopted version allows weekend burning from 9 a.m. to 3 p.m. on days when the air quality index is below 100.'),
 ('p','Under the ordinance, permits will be free and available online or at any fire station. Burning of household garbage, plastics, tires and construction debris remains prohibited at all times. Violations carry a fine of $150 for a first offense and up to $750 for repeat offenses.'),
 ('p','"We heard loud and clear that people wanted something simple," said Commission Chair Rosalind Vetter. "One permit, one set of rules, and a phone number you can call to find out if today is a burn day."'),
 ('p','Commissioner Dale Imbry, who cast the dissenting vote, said he supported the single permit but believed the weekend hours were still too restrictive for landowners who work during the week.'),
 ('p','The ordinance takes effect February 1. The county will hold two information sessions in January, at the Fenwick Grange on January 14 and at the Tarrow County Fairgrounds on January 21, both at 6:30 p.m.')],
 fig=[],
 attach=['Ordinance 2026-14 as adopted (PDF)','Public comment summary (PDF)']))

A.append(dict(tpl='civicplus', site='City of Grayhaven', domain='grayhaven.example.gov', cat='Parks & Recreation',
 title='Winter Warming Centers Open at Three City Facilities', date='2026-12-04', datel='Posted on: December 4, 2026',
 body=[('p','With overnight temperatures expected to drop into the teens this weekend, the City of Grayhaven will open warming centers at three city facilities beginning Friday, December 5. The centers will remain open any night the forecast low is 25 degrees or colder, through the end of March.'),
 ('table',[['Location','Address','Hours'],['Northside Community Center','1180 Orchard Road','7 p.m. to 7 a.m.'],['Grayhaven Senior Center','42 Mill Street','8 a.m. to 6 p.m.'],['Riverside Recreation Hall','900 Canal Drive','7 p.m. to 7 a.m.']]),
 ('p','Each center offers hot drinks, snacks, blankets and a place to charge phones. The overnight sites have cots for up to 40 people and are staffed by city employees and volunteers from the Grayhaven Interfaith Council. Pets in carriers are welcome at Northside and Riverside.'),
 ('p','Free rides to any warming center are available on GRT buses by telling the driver you are going to a warming center. Residents who need a ride from home can call the city\'s non-emergency line at 555-0199.'),
 ('p','The city also reminds residents to check on elderly neighbors, bring pets indoors and never use a stove, oven or grill to heat a home. Space heaters should be plugged directly into a wall outlet and kept at least three feet from anything that can burn.'),
 ('p','Volunteers are still needed for overnight shifts. Anyone interested can sign up through the Interfaith Council or the Parks and Recreation front desk.')],
 fig=[], attach=[]))

A.append(dict(tpl='civicplus', site='Village of Oakbridge', domain='oakbridgevillage.example.org', cat='Village Manager',
 title='Village Board Approves 2027 Budget With No Property Tax Increase', date='2026-11-25', datel='Posted on: November 25, 2026',
 body=[('p','The Oakbridge Village Board approved a $18.4 million budget for 2027 on Monday night that holds the village property tax levy flat for the third year in a row while adding two firefighter-paramedic positions.'),
 ('p','Village Manager Teodora Kisch said the budget was balanced by a rise in sales tax revenue, savings from refinancing the 2014 library bonds and a decision to delay the replacement of the public works salt dome by one year.'),
 ('h3','Highlights of the 2027 budget'),
 ('ul',['Two new firefighter-paramedic positions, bringing the department to 24 sworn members','$1.1 million for street resurfacing on 14 blocks, the largest amount since 2019','A new part-time grant writer shared with the Oakbridge Park District','A 3.5 percent increase in water rates to pay for meter replacement']),
 ('p','"The board asked us for a budget that protects core services without asking residents for more in property taxes, and this does that," Kisch said. "The water rate increase is modest and goes directly to replacing meters that are more than 25 years old."'),
 ('p','For a typical household using 5,000 gallons a month, the water rate increase will add about $1.90 to the monthly bill. The new rates take effect with bills mailed in March.'),
 ('p','The full budget document, including department-by-department spending, is available on the Finance Department page and at the front counter of Village Hall.')],
 fig=[(0,'Trustees vote on the budget at Monday\'s meeting.')],
 attach=['FY2027 Adopted Budget (PDF, 3.2 MB)','Budget in Brief (PDF, 640 KB)']))

# ---------- Drupal county / Granicus (3) ----------
A.append(dict(tpl='drupalgov', site='Lindell County', domain='lindellcounty.example.gov', cat='Public Health',
 title='Lindell County Public Health Offers Free Flu and COVID-19 Clinics in December', date='2026-12-02',
 body=[('p','Lindell County Public Health will hold six free vaccination clinics in December for residents aged six months and older. No appointment or insurance is required, and the clinics will offer both the seasonal flu vaccine and the updated COVID-19 vaccine.'),
 ('p','Flu activity in the county has risen steadily since mid-November, with 212 laboratory-confirmed cases reported last week compared with 58 in the same week last year. Three outbreaks have been reported at long-term care facilities.'),
 ('h2','Clinic schedule'),
 ('table',[['Date','Location','Time'],['Dec. 6','Harlow Public Library','10 a.m. - 2 p.m.'],['Dec. 9','Lindell County Fairgrounds, Building C','3 p.m. - 7 p.m.'],['Dec. 13','St. Brendan Parish Hall, Wexford','9 a.m. - 1 p.m.'],['Dec. 16','Eastgate Middle School gym','4 p.m. - 7 p.m.'],['Dec. 20','Lindell County Health Building','10 a.m. - 2 p.m.']]),
 ('p','"Getting vaccinated before the holidays is the best way to protect yourself and the people you will be gathering with," said Dr. Anselm Rooke, the county health officer. "It takes about two weeks for the vaccine to build full protection, so now is the right time."'),
 ('p','People who are sick should stay home, wash their hands often and cover coughs and sneezes. Anyone with a high fever, trouble breathing or chest pain should seek medical care right away.'),
 ('p','Spanish and Vietnamese interpreters will be available at every clinic. Residents who are homebound can request an in-home vaccination by calling the Public Health nurse line.')],
 fig=[], attach=['December clinic flyer - English (PDF)','December clinic flyer - Español (PDF)','Folleto de clínicas - Tiếng Việt (PDF)']))

A.append(dict(tpl='drupalgov', site='Brennock County', domain='brennockcounty.example.gov', cat='Elections',
 title='Brennock County Completes Post-Election Audit of November Results', date='2026-11-30',
 body=[('p','The Brennock County Elections Office has completed its post-election audit of the November 3 general election, and the hand count matched the machine count in every race that was checked.'),
 ('p','The audit, required by state law, examined paper ballots from 18 randomly selected precincts, about 12 percent of all ballots cast. Teams of two election workers from different political parties counted 14,806 ballots by hand over four days. The public was invited to observe, and 37 people did so in person.'),
 ('p','The hand count differed from the machine count by a total of three votes across all audited contests. In each case, the review board determined that the difference came from ballots on which voters had circled a name rather than filling in the oval. None of the differences would have changed the outcome of any race.'),
 ('q','"Our audit is one of the ways we show voters that the results are right. Every ballot is a piece of paper that can be counted again, and we counted them."'),
 ('p','County Clerk Maribel Osterholt certified the results on Monday. The canvass report and the audit report have been sent to the Secretary of State.'),
 ('p','The Elections Office thanks the 412 poll workers who served on Election Day and the 96 who worked during early voting. Recruitment for the 2027 municipal elections begins in February.')],
 fig=[(2,'Audit teams count ballots at the Elections Warehouse on November 24.')],
 attach=['Post-Election Audit Report (PDF)']))

A.append(dict(tpl='drupalgov', site='City of Penwick', domain='penwick.example.gov', cat='Planning',
 title='Penwick Planning Commission to Hear Downtown Housing Proposal', date='2026-12-05',
 body=[('p','The Penwick Planning Commission will hold a public hearing on December 17 on a proposal to allow apartments above ground-floor shops in the city\'s historic downtown district, where residential use is currently limited to the second floor of existing buildings.'),
 ('p','The proposed zoning amendment would allow new buildings of up to four stories on Main Street and Depot Street, provided the ground floor is used for retail, restaurants or offices. Buildings taller than three stories would need to step back the top floor at least ten feet from the street.'),
 ('p','City staff estimate the change could lead to between 120 and 180 new apartments over the next ten years. A survey conducted this fall found that 64 percent of downtown business owners supported the change, citing the need for more customers within walking distance.'),
 ('p','Some residents of the adjacent Carrow Hill neighborhood have raised concerns about parking. The proposal would require one off-street parking space per apartment, or a payment into a downtown parking fund for buildings that cannot provide spaces on site.'),
 ('h2','How to participate'),
 ('p','The hearing will begin at 6 p.m. in the Council Chambers at City Hall, 201 West Grand Avenue, and will be streamed live on the city\'s YouTube channel. Written comments received by noon on December 16 will be included in the record. Comments can be emailed to the Planning Division or dropped off at City Hall.'),
 ('p','After the hearing, the commission will make a recommendation to the City Council, which is expected to take up the proposal in January.')],
 fig=[], attach=['Draft Zoning Text Amendment ZTA-26-04 (PDF)','Staff Report (PDF)','Downtown Business Survey Results (PDF)']))

# ---------- USWDS federal (4) ----------
A.append(dict(tpl='uswds', site='U.S. Department of Inland Waterways', short='DIW', domain='diw.example.gov', kind='Press Release',
 title='Department Announces $412 Million for Lock and Dam Repairs on Three Rivers', date='2026-12-03', datel='December 3, 2026',
 body=[('p','WASHINGTON — The U.S. Department of Inland Waterways today announced $412 million in funding to repair and modernize aging locks and dams on the Ossining, Tallow and Upper Brandt rivers, which together carry more than 90 million tons of freight each year.'),
 ('p','The funding will pay for 14 projects, including the full replacement of the lock gates at Brandt Lock 7, which were installed in 1938 and have been closed for emergency repairs four times since 2020. Each closure stranded barges for an average of nine days.'),
 ('p','"Our inland waterways move grain, fuel and building materials more cheaply and with lower emissions than any other way of shipping," said Secretary Corinne Abernathy. "These investments will keep barges moving and keep costs down for farmers and manufacturers across the heartland."'),
 ('h2','Projects funded'),
 ('ul',['Brandt Lock 7 gate replacement, Harmon County, Iowa: $118 million','Ossining Dam 22 spillway repair, Lowell, Missouri: $86 million','Tallow Lock 3 electrical and control system upgrade: $41 million','Ten smaller projects for scour protection, mooring cells and guide walls: $167 million']),
 ('p','Construction on the first projects is expected to begin in the spring of 2027. The Department will schedule work to avoid peak harvest shipping season in the fall wherever possible.'),
 ('p','The funding comes from the Waterways Modernization Fund established by Congress in 2025. A full list of projects with locations and estimated schedules is available on the Department\'s website.')],
 fig=[(0,'Barges wait below Brandt Lock 7 during a 2024 closure. (Department of Inland Waterways photo)')], contact=('Office of Public Affairs','press@diw.example.gov','(202) 555-0110')))

A.append(dict(tpl='uswds', site='Federal Office of Consumer Product Review', short='FOCPR', domain='focpr.example.gov', kind='News Release',
 title='Agency Warns Consumers About Counterfeit Space Heaters Sold Online', date='2026-12-02', datel='December 2, 2026',
 body=[('p','The Federal Office of Consumer Product Review is warning consumers to stop using certain portable electric space heaters sold on online marketplaces that carry counterfeit safety certification marks. The heaters can overheat and ignite nearby materials.'),
 ('p','Agency investigators purchased 48 heaters from third-party sellers between August and October. Of those, 19 carried a certification label that the testing laboratory named on the label confirmed it had never issued. In laboratory tests, 11 of the 19 reached surface temperatures high enough to scorch fabric within 30 minutes.'),
 ('p','The agency has received reports of 23 fires linked to heaters matching the descriptions, including two that caused serious injuries. No deaths have been reported.'),
 ('h2','How to tell if your heater may be affected'),
 ('ol',['Look for a certification mark from a recognized testing laboratory, and check the laboratory\'s online directory for the model number.','Be cautious of heaters with no brand name, a brand name that changes between the box and the product, or a price far below similar models.','Check the power cord. Many of the counterfeit heaters have thin cords that become warm to the touch during use.']),
 ('p','Consumers who believe they have a counterfeit heater should stop using it immediately, unplug it and contact the seller for a refund. They can also report the product to the agency through its safety reporting portal.'),
 ('p','"With winter here, people are buying space heaters in large numbers, and most of them are safe," said Acting Director Howell Braddock. "But a fake safety label is a serious warning sign, and we urge everyone to take a minute to check."')],
 fig=[], contact=('Media Relations','media@focpr.example.gov','(301) 555-0177')))

A.append(dict(tpl='uswds', site='National Bureau of Rural Statistics', short='NBRS', domain='nbrs.example.gov', kind='News Release',
 title='Rural Broadband Adoption Reached 81 Percent in 2026, Survey Finds', date='2026-11-20', datel='November 20, 2026',
 body=[('p','Eighty-one percent of rural households subscribed to a home broadband service in 2026, up from 72 percent in 2023, according to new survey results released today by the National Bureau of Rural Statistics.'),
 ('p','The Rural Connectivity Survey, conducted every three years, interviewed 38,000 households in nonmetropolitan counties between March and June. It found that the gap between rural and urban broadband adoption narrowed to six percentage points, the smallest since the survey began in 2008.'),
 ('p','Fixed wireless and satellite services accounted for most of the growth. The share of rural households using satellite internet doubled to 14 percent, while fiber connections rose from 19 to 26 percent.'),
 ('table',[['Connection type','2023','2026'],['Fiber','19%','26%'],['Cable','24%','23%'],['DSL','15%','8%'],['Fixed wireless','7%','10%'],['Satellite','7%','14%']]),
 ('p','Cost remained the most common reason households gave for not subscribing, cited by 41 percent of non-subscribers. Another 22 percent said no service was available at their address.'),
 ('p','The full report, including state-level estimates and tables on device use and telework, is available in the Bureau\'s publications library. The next survey will be conducted in 2029.')],
 fig=[], contact=('Public Affairs','info@nbrs.example.gov','(202) 555-0164')))

A.append(dict(tpl='uswds', site='U.S. Coastal Resilience Agency', short='USCRA', domain='uscra.example.gov', kind='Press Release',
 title='Agency Selects 27 Communities for Shoreline Restoration Grants', date='2026-12-04', datel='December 4, 2026',
 body=[('p','The U.S. Coastal Resilience Agency today selected 27 coastal communities in 11 states to receive a combined $96 million in grants for projects that use marshes, oyster reefs and dunes to reduce flooding and erosion.'),
 ('p','The grants will fund projects ranging from a $600,000 living shoreline at a public boat ramp in Carteret Sound to a $9.4 million marsh restoration that will protect a wastewater treatment plant serving 80,000 residents on the Pell Peninsula.'),
 ('p','"Nature-based projects protect homes and infrastructure while also improving fisheries and water quality," said Administrator Joaquin Ferreira-Lutz. "Many of these communities have been planning these projects for years and were waiting for the funding to build them."'),
 ('p','This is the third round of the Shoreline Restoration Grant Program. The agency received 142 applications requesting a total of $510 million. Nine of the selected projects are in communities that had never before received federal coastal funding.'),
 ('p','Each grant requires a local match of at least 20 percent, which can be met with in-kind contributions such as volunteer labor or donated materials. Communities with fewer than 10,000 residents can request a waiver of the match.'),
 ('p','A list of selected projects and a map are available on the program page. Applications for the fourth round will open in the summer of 2027.')],
 fig=[(1,'Volunteers plant marsh grass at a restoration site in 2025. Credit: USCRA')], contact=('Office of Communications','news@uscra.example.gov','(202) 555-0123')))
