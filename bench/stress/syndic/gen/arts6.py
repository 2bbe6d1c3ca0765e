A.append(dict(tpl='aggr5', prov='Harbor Wire', pdom='harborwire.example', section='Finance', date='2026-12-04',
 title='Shipping rates jump as insurers price in winter storm season', author='Lucas Bertrand',
 deck='Container rates on the northern routes rose 18% in a week.',
 body='''
P Rates to ship a container on the busiest northern trade lanes rose 18% in the past week, the sharpest weekly gain since early 2024, as insurers raised premiums for voyages through waters where winter storms have damaged several vessels this season.
P The benchmark index compiled by a freight analytics firm climbed to $2,940 per forty-foot container on Thursday. Carriers including Meridian Lines (MRDN) and Castell Shipping (CSTL) have added storm surcharges of $150 to $300 per box for December sailings.
A
P "What you are seeing is risk being priced back into the market," said Ilse Kramer, head of freight research at an advisory firm in Hamburg. "Last winter was mild, and a lot of shippers assumed that would continue."
P Marine insurers have raised hull premiums on the routes by as much as 25% after two container ships lost cargo overboard in November, according to brokers.
H Retailers brace
P Importers that rely on the routes for spring inventory said the increase would squeeze margins already hit by higher port fees. Some have started to shift orders to earlier sailings to avoid the worst of the season.
P Analysts expect rates to ease after February if the storm season is no worse than average.
'''))
A.append(dict(tpl='aggr5', prov='Ledgerline', pdom='ledgerline.example', section='Markets', date='2026-12-02',
 title='Regional banks lift savings rates to hold on to deposits', author='Amara Whitfield',
 deck='Small lenders are paying up as customers move cash to money-market funds.',
 body='''
P Regional banks are raising the interest they pay on savings accounts for the first time in a year, as customers move money into money-market funds and online banks that offer higher yields.
P At least a dozen lenders with assets between $10 billion and $100 billion have raised rates on savings or certificates of deposit since mid-November, according to a review of their websites. Northgate Bancorp (NGB) now pays 3.9% on a one-year certificate, up from 3.4%.
A
P Deposits at small banks fell about 1.2% in the third quarter, according to central bank data, while assets in money-market funds hit another record.
P "Banks waited to see whether rate cuts would make the problem go away," said Victor Huang, a bank analyst at a brokerage in Chicago. "They did not, and now they are competing for every dollar."
P Higher deposit costs are likely to weigh on profits at the lenders next year, analysts said, though loan growth has picked up in some regions.
'''))
A.append(dict(tpl='aggr6', prov='Insight Daily', pdom='insightdaily.example', section='Lifestyle', date='2026-12-05',
 title='The town where everyone still gets their milk delivered', author='Rosa Kettering',
 deck='A dairy in the hill country still runs a doorstep route every morning.',
 body='''
P Every morning at 4:30, a white van leaves the Hollis Creek Dairy and begins a 90-mile loop through the hills, leaving glass bottles of milk in insulated boxes on about 700 porches.
P The dairy has delivered milk to doorsteps since 1938. Most dairies that once ran routes like it gave them up decades ago, when supermarkets made it cheap and easy to buy milk in plastic jugs.
C Gallery|Bottles are filled at the dairy before dawn.|A driver leaves milk on a porch in Hollis Creek.|Empty bottles are returned for washing.
P The business has grown in recent years, said owner Janet Hollis, the founder's granddaughter. Customers like the glass bottles, which are washed and reused, and the fact that the milk comes from cows grazing a few miles away.
R Why glass milk bottles are making a comeback
P "We had a waiting list for the first time in 2021, and it has not gone away," Hollis said. The dairy added a second route last year and now employs four drivers.
P A quart costs $2.75, about twice what a supermarket charges for the same amount. Hollis said most customers do not mind. "They are buying a morning ritual as much as milk," she said.
'''))
