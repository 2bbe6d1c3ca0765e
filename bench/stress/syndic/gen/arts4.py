A.append(dict(tpl='print2', prov='The Prairie Reporter', pdom='prairiereporter.example', section='Rural', date='2026-12-02',
 title='Grain elevator fire contained after two days', author='Nolan Briggs',
 deck='',
 body='''
P Firefighters from six departments contained a fire at the Kettle Junction grain elevator on Tuesday after it burned for nearly two days, officials said.
P The fire started in a conveyor housing on Sunday evening and spread into a bin holding about 300,000 bushels of corn. Because grain dust can explode, crews could not spray water directly into the bin and instead worked to cool the outside walls while the grain was slowly removed.
P No one was injured. About two dozen homes near the elevator were evacuated as a precaution Sunday night and residents were allowed back Monday afternoon.
P The elevator's owner, Plains Grain Cooperative, said it would take weeks to assess the damage. Farmers who deliver to Kettle Junction have been asked to take their grain to the cooperative's site in Marlow, about 20 miles away.
'''))
A.append(dict(tpl='print2', prov='Old Harbor Weekly', pdom='oldharborweekly.example', section='Community', date='2026-12-04',
 title='Volunteers repair 60 bicycles for holiday giveaway', author='Rita Osei',
 deck='',
 body='''
P For the past three months, a group of retirees has gathered every Tuesday morning in a borrowed garage behind the Old Harbor fire station to fix donated bicycles. On Saturday, 60 of them will go to children who might not otherwise get one for the holidays.
P The project began four years ago when Frank DeLuca, a retired machinist, fixed up a few bikes that had been left at the town dump. This year the group has 14 members and received more than 90 donated bicycles, some of which were used for parts.
P "Some come in with flat tires and a rusty chain, and some come in looking like they were run over by a truck," DeLuca said. "We do what we can."
P Families signed up through the town's food pantry. Each child will also receive a helmet and a lock donated by a hardware store.
'''))
A.append(dict(tpl='lite1', prov='CNX', pdom='lite.cnx.example', section='Politics', date='2026-12-05',
 title='Senate confirms new head of weather agency after months-long delay', author='Rachel Imbert and Kofi Adjei, CNX',
 deck='',
 body='''
P The Senate on Friday confirmed Dr. Helen Marsh to lead the national weather agency, ending a seven-month standoff that had left the agency without a permanent director during one of its busiest hurricane seasons.
P The vote was 62-35, with a dozen members of the minority party joining the majority to approve her. Marsh, an atmospheric scientist, has spent 22 years at the agency, most recently as director of its forecasting centers.
P Her nomination had been held up by a senator who objected to the agency's plan to close two regional offices. The hold was lifted after the agency agreed to delay the closures for a year and commission an outside review.
P In her confirmation hearing, Marsh said her priorities would be hiring more forecasters and replacing aging radar equipment. About a fifth of the agency's forecasting jobs are vacant, according to the employees' union.
P "Forecasts are only as good as the people who make them and the tools they use," Marsh told senators. "Right now we are short on both."
P She is expected to be sworn in next week.
'''))
A.append(dict(tpl='lite1', prov='CNX', pdom='lite.cnx.example', section='World', date='2026-12-04',
 title='Archaeologists uncover Roman-era mosaic beneath car park', author='Sofia Delacroix, CNX',
 deck='',
 body='''
P Archaeologists working ahead of a housing development have uncovered a large Roman-era mosaic floor beneath a car park in a small market town, local officials said Thursday.
P The mosaic, which measures about six by four meters, shows sea creatures surrounding a central figure that researchers believe may be a river god. It probably decorated the dining room of a wealthy villa built in the third century.
P "It is in remarkable condition," said Dr. Owen Pryce, who is leading the excavation. "The car park's concrete actually protected it from the plowing that destroyed so many other sites in this area."
P The developer has agreed to change its plans so that the mosaic can be preserved. Officials are discussing whether to lift it for display in a museum or to cover it and build a viewing gallery above it.
P The site will be open to the public for two days next weekend before the excavation continues.
'''))
A.append(dict(tpl='lite2', prov='National Public Audio', pdom='text.npa.example', section='Science', date='2026-12-03',
 title='Why some songbirds are shifting their migration routes east', author='Julia Okonkwo',
 deck='',
 body='''
P Each fall, millions of small songbirds fly south over the middle of the continent. But new tracking data suggests that some species are gradually moving their routes eastward, and researchers think changes in where food is available may be the reason.
P A team of ornithologists fitted more than 1,200 birds from eight species with tiny radio tags over five years. The tags were picked up by a network of receiving towers as the birds passed.
P For three of the species, the center of the migration route shifted east by an average of about 90 miles over the study period. The researchers found that the shift matched changes in the timing of insect emergence in forests along the route.
P "These birds are making decisions about where to refuel, and the refueling stations are moving," said Dr. Nathaniel Boyce, who led the study.
P The findings matter for conservation, Boyce said, because protected areas and wind farms are often planned based on where birds used to fly.
'''))
A.append(dict(tpl='lite2', prov='National Public Audio', pdom='text.npa.example', section='Business', date='2026-12-06',
 title='Small bookstores are having a surprisingly good year', author='Danielle Ferris',
 deck='',
 body='''
P Independent bookstores have had a stronger year than many owners expected, with sales up about 6 percent through October, according to a trade group that represents them.
P Store owners point to a few reasons. Book clubs that started during the pandemic have kept meeting, and many stores have leaned into events, hosting author readings, children's story hours and even trivia nights.
P "People want a place to go that isn't a bar or a coffee shop," said Lucia Fernandez, who owns a store in a converted bank building. "We give them that, and they buy books while they're here."
P The trade group counted about 2,600 member stores this year, up from around 2,000 a decade ago. But owners say rising rents and thin margins remain a constant worry.
P Fernandez said her store now makes about a fifth of its revenue from events and a small cafe. "The books still pay the rent," she said. "Just barely."
'''))
A.append(dict(tpl='lite3', prov='Ridgeline Free Press', pdom='ridgelinefreepress.example', section='News', date='2026-12-02',
 title='Volunteer fire company marks 100 years of service', author='Ed Whitlock',
 deck='',
 body='''
P The Ridgeline Volunteer Fire Company will celebrate its 100th anniversary on Saturday with an open house, a parade of old engines and a chicken barbecue at the station on Main Street.
P The company was founded in 1926 after a fire destroyed three stores and a church in the center of town. Its first engine, a hand-drawn chemical cart, is still kept in the station's back bay and will lead the parade.
P Today the company has 38 active members and answers about 450 calls a year, most of them medical emergencies and car crashes.
P Chief Donna Pruett said the biggest challenge now is finding younger volunteers. "People work farther from home than they used to, and it is hard to be on call when you are an hour away," she said.
P The open house runs from 11 a.m. to 3 p.m. Barbecue tickets are $12.
'''))
A.append(dict(tpl='reader', prov='The Calder Review', pdom='calderreview.example', section='Culture', date='2026-11-29',
 title='The quiet revival of the neighborhood repair shop', author='Annika Leclerc',
 deck='',
 body='''
P On a Saturday morning in the Millbrook neighborhood, a line forms outside a narrow storefront before it opens. People hold lamps with frayed cords, toasters that no longer toast, a child's bicycle with a bent wheel. The shop, called Second Wind, fixes things.
P Ten years ago, a business like this seemed like a relic. It was cheaper to replace most small appliances than to repair them, and the skills to fix them were disappearing. Now repair shops and volunteer repair cafes are opening in cities across the country.
H Why repair is back
P Part of the reason is cost. Prices for new appliances rose sharply after 2021, and many people found that a $30 repair was worth it for a coffee maker that cost $150 to replace.
P Part of it is law. Several states have passed right-to-repair rules requiring manufacturers to sell parts and manuals to independent shops and to customers.
P And part of it, owners say, is a simple desire to keep things out of landfills. "People come in and say, I just can't throw this away," said Second Wind's owner, Theo Marchetti. "Sometimes it's sentimental. Sometimes they're just tired of buying the same thing twice."
H The limits
P Not everything can be saved. Marchetti turns away about one item in five, usually because parts are unavailable or the device was glued shut at the factory. He keeps a shelf of those items as a reminder of what he calls the worst designs.
P Still, the line outside keeps getting longer.
'''))
A.append(dict(tpl='reader', prov='Westmark Journal', pdom='westmarkjournal.example', section='Science', date='2026-12-01',
 title='Scientists map the hidden streams beneath an old city', author='Haruto Lindqvist',
 deck='',
 body='''
P Beneath the streets of Westmark run at least 40 miles of streams that were buried in pipes and culverts during the 19th century. Until this year, no one had a complete map of where they went.
P A team of hydrologists and historians spent three years combining old surveyor drawings, sewer records and ground-penetrating radar to trace the buried waterways. Their map, published this week, shows several streams running in directions that city records had gotten wrong.
P The work has practical uses. Basements along the buried streams flood more often, and some of the old culverts are crumbling. The city's water department plans to use the map to decide which pipes to inspect first.
Q We kept finding places where the official map had a stream going one way and the water was clearly going another.
P Some neighborhoods have also asked whether parts of the streams could be brought back to the surface, a process called daylighting that several cities have used to create parks.
'''))
