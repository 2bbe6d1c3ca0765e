# Finance stress articles, part 1. DSL: blocks separated by blank lines.
# "## h" subhead, "- a" list, "1. a" ordered list, "> q" quote, "| a | b" table (first row header),
# "[KT] Title|item|item" key-takeaways box (body), "[QUOTE] SYM price chg" widget, "[CHART] caption",
# "[READ] title", "[AD]", "[NEWS]", "[INVEST] Company", "[TG]" telegram box, "[EXCH]" exchange buttons.
# Inline: {SYM|EXCH} -> "(EXCH: SYM)" with a ticker link.
A = []

A.append(dict(t='fool', title='Why Harbor Lane Logistics Stock Soared 18% This Week', dek='A surprise margin beat and a bigger buyback sent the freight broker higher.', author='Dana Whitcombe', date='2026-12-04', tickers=['HRBL', 'FRTX'], body='''
[KT] Key Points|Harbor Lane beat third-quarter margin estimates by nearly two full percentage points.|Management lifted its buyback authorization to $600 million.|Freight volumes are still soft, so the rally rests on cost cuts rather than demand.

Shares of Harbor Lane Logistics {HRBL|NYSE} climbed 18.4% this week, according to data from S&P Global Market Intelligence, after the freight brokerage reported quarterly results that were far better than Wall Street had feared.

The stock had lost almost a third of its value since February as trucking rates slid and customers cut back on spot shipments. Going into the report, analysts expected an operating margin of about 3.1%. Harbor Lane delivered 4.9%.

## Cost cuts carried the quarter

Revenue fell 6% year over year to $2.71 billion, roughly in line with forecasts. What changed the picture was the expense line. The company closed four regional offices in the spring and moved most of its carrier booking onto an automated platform it built in-house, and the savings showed up faster than management had promised.

[QUOTE] HRBL 61.24 +4.8%

"We told you the platform would pay for itself by the end of next year," chief executive Marisol Keane said on the call with analysts. "It paid for itself in two quarters."

Adjusted earnings per share came in at $0.87, against a consensus estimate of $0.62. The board also raised the share repurchase authorization from $350 million to $600 million, which works out to roughly 9% of the current market value.

[INVEST] Harbor Lane Logistics

## The demand problem has not gone away

Investors should be careful not to read too much into one quarter. Volumes handled by the brokerage were down 4% from a year earlier, and Keane said she did not expect a meaningful recovery in freight demand before the second half of 2027. Rival Fortrex Freight {FRTX|NASDAQ} said much the same thing last month.

That means the margin story has to keep working on its own. If the automated platform keeps taking costs out of each load, Harbor Lane can grow earnings even in a flat market. If the savings were mostly one-off, the stock could give back much of this week's gain.

For now, the shares trade at about 17 times next year's expected earnings, a modest discount to the brokerage's five-year average. Patient investors who believe the cycle will turn may find that an acceptable price to wait.
''', disclosure='Dana Whitcombe has no position in any of the stocks mentioned. The Lantern Fool has positions in and recommends Harbor Lane Logistics. The Lantern Fool has a disclosure policy.'))

A.append(dict(t='fool', title='3 Dividend Stocks I Would Happily Hold for the Next Decade', dek='Steady payers with room to keep raising.', author='Priyanka Rao', date='2026-11-29', tickers=['CWUT', 'MPLF', 'OSTR'], body='''
[KT] Key Points|Cresthaven Water has raised its dividend for 31 straight years.|Maple Fork Foods yields 3.8% and pays out less than 60% of its earnings.|Ostrander Rail owns hard-to-copy assets and generates steady free cash flow.

Chasing the highest yield on the market is one of the easiest ways to lose money as an income investor. A 9% payout often signals that the market expects a cut. I would rather own businesses whose dividends look boring today and much bigger ten years from now.

Here are three I would be comfortable holding through the next decade, whatever the economy does in between.

## 1. Cresthaven Water

Cresthaven Water Utilities {CWUT|NYSE} supplies drinking water to about 2.3 million people across five states. Regulators set the rates it can charge, which limits its upside, but they also allow it to earn a fair return on the pipes and treatment plants it builds.

The company plans to spend $4.1 billion on its network over the next five years, and each dollar of that goes into the asset base on which its allowed profit is calculated. That is why management can target annual dividend growth of 6% to 7% with a straight face.

## 2. Maple Fork Foods

Packaged food has been out of favor as shoppers trade down to store brands. Maple Fork Foods {MPLF|NYSE} has not been immune, with volumes down slightly this year. But the company still generated $1.2 billion in free cash flow over the last 12 months, comfortably covering the $640 million it paid in dividends.

| Company | Dividend yield | Payout ratio | Years of increases
| Cresthaven Water | 2.6% | 61% | 31
| Maple Fork Foods | 3.8% | 57% | 14
| Ostrander Rail | 2.1% | 38% | 19

## 3. Ostrander Rail

Nobody is going to build a new freight railroad across the Midwest. That is the simplest argument for Ostrander Rail Holdings {OSTR|NYSE}, which owns roughly 11,000 miles of track connecting grain country with Gulf Coast ports.

Its yield is the lowest of the three, but it also has the most room to grow. The payout ratio is under 40%, and the company has bought back about 2% of its shares each year since 2019.

[INVEST] Cresthaven Water Utilities

None of these stocks will double next year. That is sort of the point. Each of them should keep sending investors a rising stream of cash while they get on with their lives.
''', disclosure='Priyanka Rao has positions in Maple Fork Foods. The Lantern Fool has positions in and recommends Ostrander Rail Holdings. The Lantern Fool has a disclosure policy.'))

A.append(dict(t='fool', title='Is It Too Late to Buy Sundial Semiconductor Stock?', dek='The chipmaker has tripled in two years.', author='Marcus Feld', date='2026-12-01', tickers=['SDLS'], body='''
[KT] Key Points|Sundial's data-center revenue grew 74% last quarter.|The stock trades at 41 times forward earnings.|Customer concentration is the biggest risk: two buyers account for 38% of sales.

Sundial Semiconductor {SDLS|NASDAQ} has been one of the best-performing large-cap stocks of the past two years, rising about 210% as demand for its networking chips exploded alongside the build-out of artificial-intelligence data centers.

Investors who missed the run are asking the obvious question: is there anything left?

## The bull case

The company's newest switch chip moves data between servers at twice the speed of the previous generation while using about 30% less power per bit. That matters enormously to cloud operators, for whom electricity is now a bigger constraint than floor space.

Management said in October that orders for the chip already exceed its planned production for the first half of next year. Gross margin reached 64.2% last quarter, a record.

[CHART] SDLS price, last 24 months. Source: Lantern Fool Data.

## The bear case

Two customers bought 38% of everything Sundial sold last quarter. If either one decides to design its own networking silicon, as several cloud companies have done with their processors, the growth story could stall quickly.

Valuation is the other issue. At 41 times next year's earnings estimate, the stock already prices in several more years of rapid expansion.

> The question isn't whether the demand is real. It's whether anybody else can supply it at this price.

That was how one portfolio manager summed it up to me last week, and I think it is the right frame.

## My take

I would not put a full position into Sundial at today's price. But for investors with a long horizon, buying a small stake now and adding on pullbacks seems more sensible than waiting for a crash that may never come.

[INVEST] Sundial Semiconductor
''', disclosure='Marcus Feld has no position in any of the stocks mentioned. The Lantern Fool recommends Sundial Semiconductor. The Lantern Fool has a disclosure policy.'))

A.append(dict(t='alpha', title='Northgate Bancorp: Deposit Costs Are Peaking, And The Discount Looks Too Deep', dek='', author='Riverbend Value Research', date='2026-11-27', tickers=['NGBC'], body='''
[KT] Summary|Northgate Bancorp trades at 0.82 times tangible book value despite a return on tangible equity above 12%.|Deposit costs rose only 4 basis points last quarter, the smallest increase in two years.|Commercial real estate exposure is manageable at 141% of risk-based capital.|I rate the shares a Buy with a 12-month target of $48.

## Investment thesis

Northgate Bancorp (NASDAQ:NGBC) is a $19 billion regional lender headquartered in Columbus with branches across Ohio, Indiana and western Pennsylvania. The shares have fallen 14% this year as investors worried about funding costs and office loans, and they now trade below the value of the bank's tangible equity.

I think that discount is too wide. The worst of the deposit repricing appears to be behind the bank, its office book is smaller than many peers', and management has started buying back stock.

## Funding costs are flattening

The most important number in Northgate's third-quarter report was easy to miss. The bank's total cost of deposits rose to 2.31%, up just 4 basis points from the prior quarter. A year earlier, quarterly increases of 25 to 30 basis points were routine.

| Quarter | Cost of deposits | Net interest margin | Loans to deposits
| Q3 2025 | 1.98% | 3.12% | 88%
| Q4 2025 | 2.14% | 3.04% | 89%
| Q1 2026 | 2.24% | 3.01% | 90%
| Q2 2026 | 2.27% | 3.03% | 90%
| Q3 2026 | 2.31% | 3.07% | 91%

Net interest margin has already begun to turn up as older fixed-rate loans mature and are replaced at higher rates.

## Commercial real estate

Office loans make up $870 million, or roughly 6% of the loan book. Most of them are in suburban buildings with single tenants, and the bank has already charged off or reserved against the two largest problem credits.

## Valuation

At $38.40, the stock trades at 0.82 times tangible book value of $46.80 per share and about 8.5 times my 2027 earnings estimate of $4.50. Regional peers with similar returns trade at roughly 1.05 times tangible book.

## Risks

A deeper recession would raise credit losses across the loan book, and a renewed rise in rates would push deposit costs up again. Investors should also note that roughly 18% of deposits are uninsured.

## Conclusion

Northgate is not a spectacular franchise, but it is a profitable one selling at a price that assumes trouble that has not arrived. I rate the shares a Buy.
''', disclosure='Analyst\'s Disclosure: I/we have a beneficial long position in the shares of NGBC either through stock ownership, options, or other derivatives. I wrote this article myself, and it expresses my own opinions. I am not receiving compensation for it.'))

A.append(dict(t='alpha', title='Vantor Energy: The 7% Yield Is Covered, But Growth Is Over', dek='', author='Eli Marchetti', date='2026-12-02', tickers=['VNTR'], body='''
[KT] Summary|Vantor Energy's distribution is covered 1.6 times by distributable cash flow.|Volumes on its main pipeline system are flat, and no new projects are planned before 2028.|Leverage has fallen to 3.4 times EBITDA, giving room for buybacks.|The units are a Hold: fine for income, unlikely to rerate.

## Introduction

Vantor Energy Partners (NYSE:VNTR) owns natural gas gathering and processing assets in the Permian Basin and a 480-mile pipeline to the Gulf Coast. I last covered the partnership in March, when I argued that the payout was safe but that the units were fairly priced. Little has changed since.

## Coverage remains comfortable

Distributable cash flow for the third quarter was $412 million, against distributions of $258 million. That coverage ratio of 1.6 times is among the strongest in the midstream group.

Management reiterated its full-year guidance for adjusted EBITDA of $2.05 billion to $2.10 billion. Most of that comes from fixed-fee contracts, so commodity prices have little effect on the near-term numbers.

## But there is nothing new to build

The partnership has finished its expansion program and said on the earnings call that it has no major projects planned before 2028. Gathered volumes rose just 1% from a year ago.

Without growth projects, the distribution is unlikely to rise much faster than inflation. The most likely use of the excess cash is unit repurchases, which management has already started at a pace of about $50 million per quarter.

- Distribution yield: 7.1%
- Coverage: 1.6x
- Net debt to EBITDA: 3.4x
- Contract life remaining, weighted: 6.2 years

## Verdict

Income investors can hold Vantor with confidence. Anyone looking for capital gains should look elsewhere.
''', disclosure='Analyst\'s Disclosure: I/we have no stock, option or similar derivative position in any of the companies mentioned, and no plans to initiate any such positions within the next 72 hours. Seeking Alpha\'s Disclosure: Past performance is no guarantee of future results.'))

A.append(dict(t='alpha', title='Quillon Health: The Market Is Ignoring The Device Segment', dek='', author='Holloway Capital Notes', date='2026-11-30', tickers=['QLHN'], body='''
[KT] Summary|Quillon's device segment now produces 31% of operating profit but gets no credit in the stock price.|The pharmacy services business faces reimbursement pressure that is already reflected in estimates.|A sum-of-the-parts valuation points to about $92 per share, 35% above the current price.

Quillon Health (NYSE:QLHN) is usually analyzed as a pharmacy services company, which makes sense given that the segment still brings in most of its revenue. That framing misses what is happening inside the company.

## A second business hiding inside the first

Three years ago Quillon bought a small maker of home infusion pumps for $1.4 billion. The deal was widely criticized at the time. Since then, the device segment has grown revenue at roughly 22% a year and now produces about 31% of company-wide operating profit.

The pumps are sold to hospitals and home-health agencies, and each installed pump generates a stream of disposable sets that must be replaced every few days. That razor-and-blade model earns operating margins near 28%, far above the 6% margin of the pharmacy business.

## Reimbursement pressure is priced in

The bear case centers on a proposed cut to the fees that public insurance programs pay for specialty drug dispensing. If finalized, the change would reduce Quillon's operating profit by about $140 million a year starting in 2028.

Consensus estimates already assume a cut of roughly that size. The stock fell 11% on the day the proposal was published and has not recovered.

| Segment | Revenue 2026E | Operating margin | Multiple applied | Value per share
| Pharmacy services | $18.2B | 6% | 9x EBIT | $51
| Devices | $2.1B | 28% | 16x EBIT | $38
| Net cash and other | | | | $3

## What could go wrong

A product recall in the device segment would hurt the thesis badly. The company's largest pump model was the subject of a voluntary field correction in 2024, though no injuries were reported.

I am long the shares and expect the market to start valuing the device business separately within the next 12 to 18 months, especially if management follows through on its hint about reporting it as a standalone division.
''', disclosure='Analyst\'s Disclosure: I/we have a beneficial long position in the shares of QLHN either through stock ownership, options, or other derivatives.'))

A.append(dict(t='mw', title='Dow ends at record as investors cheer softer inflation data', dek='Small caps jump 2.4% as Treasury yields slide.', author='Renata Okafor', date='2026-12-03', tickers=['DJIA', 'SPX', 'COMP', 'RUT'], body='''
U.S. stocks finished higher on Thursday, with the Dow Jones Industrial Average closing at a record, after a report showed consumer prices rose less than expected last month and investors raised bets on an interest-rate cut early next year.

How stocks traded

- The Dow Jones Industrial Average rose 512 points, or 1.1%, to finish at 47,318.
- The S&P 500 climbed 62 points, or 1%, to 6,604.
- The Nasdaq Composite gained 241 points, or 1.1%, to 21,977.
- The small-cap Russell 2000 jumped 2.4% to 2,611.

[QUOTE] DJIA 47,318.22 +1.09%

## What drove markets

The consumer-price index rose 0.1% in November, the Labor Department said, below the 0.3% increase economists had forecast. The core index, which strips out food and energy, rose 0.2%, bringing its annual rate down to 2.6%, the lowest in more than five years.

[READ] Here's what the November CPI report means for your wallet

"This is the report the Fed has been waiting for," said Tamsin Boyd, chief investment strategist at Lakemoor Wealth Partners. "It gives them cover to cut in January without looking like they're reacting to the stock market."

The yield on the 10-year Treasury note fell 11 basis points to 3.82%, its lowest close since September. The 2-year yield, more sensitive to expectations for Fed policy, dropped 14 basis points.

Interest-rate-sensitive corners of the market led the gains. Homebuilders rose 4.1% as a group, and regional bank shares gained 3.3%.

## Companies in focus

Shares of Ridgeline Outdoor Co. fell 7.8% after the retailer cut its full-year sales forecast, citing warm weather that has slowed sales of winter gear.

Pellham Therapeutics stock soared 36% after the company said its experimental kidney drug met its main goal in a late-stage trial.

[CHART] S&P 500 intraday, Dec. 3. Source: FactSet.

Shares of Corvane Systems slipped 2.2% after the software maker said its finance chief would step down at the end of the year.

## Other markets

Oil futures edged up 0.4% to $68.10 a barrel. Gold rose 0.8% to $2,942 an ounce. The ICE U.S. Dollar Index fell 0.6%.

In Europe, the Stoxx 600 gained 0.7%. In Asia, Japan's Nikkei 225 slipped 0.3% while Hong Kong's Hang Seng rose 1.2%.
''', disclosure=''))

A.append(dict(t='mw', title='Bitcoin slides below $80,000 as miners sell and ETF outflows mount', dek='The largest cryptocurrency has lost 14% in two weeks.', author='Jonah Vickers', date='2026-12-05', tickers=['BTCUSD', 'ETHUSD', 'COIN'], body='''
Bitcoin fell below $80,000 on Friday for the first time since August, extending a two-week slide as mining companies sold reserves and U.S.-listed exchange-traded funds saw a seventh straight day of withdrawals.

The largest cryptocurrency by market value was recently down 4.3% over 24 hours at $79,410, according to data from CoinLedger. Ether fell 6.1% to $2,880.

[QUOTE] BTCUSD 79,410 -4.3%

Investors pulled a combined $1.9 billion from spot bitcoin ETFs over the past seven trading sessions, according to figures compiled by research firm Brightlake Digital. That compares with inflows of more than $6 billion in October.

"The marginal buyer for the last year has been the ETF investor, and that buyer has gone quiet," said Leonie Hartfield, head of digital-asset research at Brightlake. "When that happens, you find out who was leaning on the price."

## Miners under pressure

Publicly traded mining companies have been among the sellers. The network's hash rate, a measure of the computing power devoted to mining, hit a record last month, squeezing the revenue each miner earns per unit of power.

At least three large miners disclosed in recent filings that they sold more bitcoin in November than they produced, drawing down reserves to pay for new equipment and electricity contracts.

[READ] Crypto lender files for bankruptcy protection as withdrawals freeze

Shares of crypto-related companies fell in tandem. Exchange operator Coinmark Global {CMKG|NASDAQ} declined 5.8%, and miner Halvorsen Digital lost 9.4%.

## Not everyone is worried

Some analysts said the decline looked more like a routine shakeout than the start of a bear market. Bitcoin has had eight pullbacks of 15% or more since the start of 2024 and has recovered from each one within a few months.

"Leverage was building up in the futures market, and it needed to come out," said Arvind Sethu, a trader at Coastline Markets. Open interest on major derivatives exchanges has fallen about 18% since mid-November.
''', disclosure=''))

A.append(dict(t='mw', title='Mortgage rates drop to lowest level in 14 months', dek='The 30-year fixed rate averaged 5.71% this week.', author='Cassidy Moran', date='2026-12-04', tickers=[], body='''
Mortgage rates fell for a fourth straight week, reaching their lowest level since October of last year and offering a sliver of relief to buyers heading into what is usually the slowest season for home sales.

The 30-year fixed-rate mortgage averaged 5.71% in the week ending Thursday, down from 5.84% a week earlier, according to a weekly survey by mortgage-finance company Fairmark Home Loans. A year ago the rate stood at 6.62%.

| Loan type | This week | Last week | A year ago
| 30-year fixed | 5.71% | 5.84% | 6.62%
| 15-year fixed | 5.02% | 5.11% | 5.89%
| 5/1 adjustable | 5.34% | 5.40% | 6.05%

Rates have followed the 10-year Treasury yield lower as investors grew more confident the Federal Reserve will resume cutting its benchmark rate early next year.

[READ] How much house can you afford at 5.7%?

## What it means for buyers

On a $400,000 loan, the drop from last year's rate lowers the monthly principal and interest payment by about $240. That is meaningful but still leaves payments far above where they were before rates began climbing in 2022.

"Affordability is improving at the margin, but prices haven't come down," said Nadia Brennan, chief economist at Fairmark. "Buyers who were priced out at 6.5% are mostly still priced out at 5.7%."

The median existing-home price was $418,900 in October, up 3.2% from a year earlier, according to the latest data from a national association of real-estate agents.

## Refinancing picks up

Applications to refinance a mortgage rose 11% last week, a separate industry survey showed. Homeowners who bought in 2023 and 2024, when rates were above 7%, are the most likely to benefit.

[NEWS]

Economists cautioned that rates could bounce if coming data on jobs or inflation surprise to the upside. The November jobs report is due next Friday.
''', disclosure=''))

A.append(dict(t='yahoo', title='Calder Motors to cut 2,400 jobs as electric-truck demand stalls', dek='', author='Simone Adeyemi', date='2026-12-02', tickers=['CLDR', 'F', 'GM'], body='''
DETROIT, Dec 2 (Reuters) - Calder Motors said on Tuesday it would cut about 2,400 jobs, or roughly 6% of its global workforce, and pause production of its full-size electric pickup at a Michigan plant as demand for the vehicle falls short of expectations.

The Detroit-based automaker said the cuts would mostly affect salaried staff in engineering and administration and would be completed by the end of March. It expects to record a pre-tax charge of $310 million to $350 million, mainly in the fourth quarter.

Shares of Calder fell 3.1% in morning trading.

[QUOTE] CLDR 22.18 -3.1%

The company has sold about 9,800 of the electric trucks in the first 10 months of the year, well below the 30,000 it had targeted when the model launched last year. Dealers have complained of swelling inventories, and Calder has offered discounts of up to $9,000 since September.

"We built capacity for a market that is arriving more slowly than anybody in the industry forecast," Chief Executive Victor Lindqvist said in a statement. "We are matching our cost base to the demand we actually see."

Production at the Sterling Heights plant will pause for at least 10 weeks starting in January. About 1,100 hourly workers at the plant will be temporarily laid off and will receive benefits under the union contract, the company said.

[READ] Analysis: U.S. automakers scale back EV bets as subsidies shrink

Calder joins several rivals in scaling back electric-vehicle plans. Larger peers have delayed new battery plants and shifted investment toward hybrids, which have sold strongly this year.

The company kept its full-year guidance for adjusted operating profit of $4.2 billion to $4.6 billion, saying strength in its gasoline-powered truck and SUV lineup would offset losses in the electric business.

Analysts at Brookfield Hale said the cuts were "overdue but directionally right" and kept a neutral rating on the stock.
''', disclosure='', credit='Reporting by Simone Adeyemi in Detroit; Additional reporting by Tom Castellan; Editing by Brian Hollis'))

A.append(dict(t='yahoo', title='Oil heads for weekly loss as OPEC+ output talk weighs', dek='', author='Ahmad Karimi', date='2026-12-05', tickers=['CL=F', 'BZ=F'], body='''
LONDON, Dec 5 (Reuters) - Oil prices edged higher on Friday but were on track for a weekly loss, as uncertainty over whether OPEC+ would extend its supply cuts into next year offset signs of stronger fuel demand in the United States.

Brent crude futures rose 31 cents, or 0.4%, to $71.94 a barrel by 1025 GMT. U.S. West Texas Intermediate crude gained 28 cents, or 0.4%, to $68.37.

Both benchmarks were heading for weekly declines of about 2.5%.

Delegates from the producer group have given mixed signals ahead of a meeting on Sunday. Two sources told Reuters that a three-month extension of current cuts was the most likely outcome, while a third said some members were pushing to start raising output in February.

"The market doesn't like not knowing," said Ingrid Salo, an analyst at Nordvik Commodities. "Until Sunday, nobody wants to take a big position either way."

[CHART] Brent crude futures, past three months

U.S. data released on Wednesday showed gasoline inventories fell by 3.1 million barrels last week, more than analysts had expected, while distillate stocks dropped by 1.8 million barrels.

Crude inventories rose by 1.2 million barrels, the Energy Information Administration said.

In China, the world's biggest crude importer, refinery throughput rose in November to its highest level this year, according to industry estimates, offering some support to prices.

A firmer dollar limited gains. The dollar index was up 0.3% on the day, making dollar-priced oil more expensive for holders of other currencies.
''', disclosure='', credit='Reporting by Ahmad Karimi in London; Additional reporting by Mei Tanaka in Singapore; Editing by Sharon Pell and Louise Hart'))

A.append(dict(t='yahoo', title='Brightwell Bank sets aside more for bad loans as consumer stress rises', dek='', author='Lucy Fenwick', date='2026-11-28', tickers=['BRWB'], body='''
Brightwell Bank (BRWB) increased its provision for credit losses by 22% in the third quarter, the lender said Thursday, as more credit-card and auto-loan customers fell behind on payments.

The bank set aside $1.46 billion to cover potential loan losses, up from $1.2 billion a year earlier. Net charge-offs on its card portfolio rose to 4.1% of balances, the highest since 2011.

Still, profit beat expectations. Brightwell earned $2.03 a share, ahead of the $1.88 analysts polled by FactStream had expected, helped by higher fees from its wealth-management division.

## Card customers feeling the pinch

Chief Financial Officer Hannah Morrow told analysts that stress was concentrated among younger borrowers and those with lower credit scores.

"Customers with prime credit are paying on time just as they always have," Morrow said. "What we're seeing is the lower end of the book catching up with the cumulative effect of higher prices."

The bank has tightened lending standards on new card accounts twice this year, she said, and approval rates for applicants with scores below 660 are down about a third from 2024.

[READ] Americans' credit-card debt hits another record

## Other highlights from the quarter

- Net interest income rose 3% to $6.9 billion.
- Wealth-management fees climbed 14% to $1.1 billion.
- The common equity tier 1 capital ratio was 12.4%.
- The bank repurchased $1.5 billion of stock.

Brightwell shares rose 1.7% in premarket trading.
''', disclosure=''))

A.append(dict(t='crypto', title='Solvane price jumps 22% after mainnet upgrade goes live', dek='Network fees fell by two thirds within hours of the fork.', author='Kai Brennan', date='2026-12-03', tickers=['SLV', 'BTC', 'ETH'], body='''
The native token of the Solvane blockchain rose as much as 22% on Wednesday after a long-awaited upgrade to the network went live without a hitch, cutting average transaction fees by about two thirds.

SLV traded at $3.84 at the time of writing, up from $3.15 a day earlier, according to aggregated exchange data. Daily trading volume topped $1.1 billion, more than triple its 30-day average.

[QUOTE] SLV 3.84 +21.9%

## What changed

The upgrade, known to developers as "Larkspur," changes how the network groups transactions into blocks. Instead of every validator processing every transaction, the network now splits work across 16 parallel lanes and reconciles them every few seconds.

Early data from block explorers showed median fees falling from around $0.09 to $0.03 per transaction within three hours of activation. Block times held steady at just under one second.

"We spent eighteen months testing this on three separate test networks," said Ilse Mohr, a core developer at the Solvane Foundation. "The boring launch is exactly what we wanted."

[EXCH]

## Why traders care

Lower fees make the network more attractive for payment apps and on-chain games, two categories where Solvane has been trying to win users from larger rivals. The number of active addresses on the network has grown about 40% since July.

Derivatives traders also piled in. Open interest in SLV perpetual futures rose to a record $620 million on Wednesday, according to data from CoinGlassy, suggesting some of the rally was driven by leveraged bets.

## Risks remain

Analysts cautioned that the token remains about 60% below its all-time high, set in 2024, and that previous rallies after network upgrades have faded within weeks.

- Token supply unlocks of about 48 million SLV are scheduled for January.
- Two of the largest validators control nearly 30% of staked tokens.
- The foundation still holds 18% of the total supply.

[TG]
''', disclosure='Disclaimer: This article is provided for informational purposes only. It is not offered or intended to be used as legal, tax, investment, financial, or other advice.'))

A.append(dict(t='crypto', title='Regulators approve first staking ETF for Ether in landmark decision', dek='', author='Maya Lindgren', date='2026-11-30', tickers=['ETH', 'BTC'], body='''
U.S. securities regulators on Friday approved the first exchange-traded fund that will stake the Ether it holds and pass the rewards on to shareholders, a step the crypto industry has sought for more than two years.

The fund, sponsored by asset manager Pinecrest Investments, is expected to begin trading on Tuesday. It will stake up to 70% of its holdings through two custodians and keep the rest available to meet redemptions.

Ether rose 5.2% after the decision, trading around $3,070.

## How staking works in a fund

Ethereum relies on holders who lock up tokens, known as staking, to validate transactions. In return they earn rewards, currently about 3% a year. Existing spot Ether ETFs have not been allowed to stake, which meant their shareholders missed out on that yield.

The approval came with conditions. The fund must disclose weekly how much of its Ether is staked, which validators it uses, and how long it would take to unstake its holdings in a stress scenario.

"This closes the gap between owning the ETF and owning the asset," said Rohan Das, an analyst at Meridian Digital Research. "For a lot of institutions, that yield was the missing piece."

[EXCH]

## What comes next

At least five other issuers have filed for similar products, and analysts expect approvals to follow within weeks. Some filings also seek to stake tokens of smaller blockchains.

Critics warned that staking adds a layer of risk to the funds. If a validator misbehaves, part of the staked tokens can be destroyed as a penalty, a process called slashing. Pinecrest said it would cover any slashing losses from its own balance sheet.

[TG]
''', disclosure='Disclaimer: The information provided in this article is not financial advice. Always do your own research before investing in any cryptocurrency.'))

A.append(dict(t='crypto', title='Hackers drain $48 million from cross-chain bridge Tidewell', dek='', author='Arjun Mehta', date='2026-12-05', tickers=['BTC', 'ETH', 'TDW'], body='''
Attackers stole about $48 million in tokens from Tidewell, a bridge that lets users move assets between blockchains, in the largest crypto exploit of the past three months.

Tidewell paused all transfers early Friday after monitoring firms flagged unusual withdrawals from its main contract on Ethereum. The project said in a post on X that it had identified the flaw and was working with law enforcement and blockchain analytics companies to trace the funds.

The bridge's governance token, TDW, fell 41% within an hour of the news.

## How the attack worked

According to a preliminary analysis by security firm Halcyon Audits, the attacker exploited a bug in a contract upgrade deployed two weeks ago. The change was meant to speed up withdrawals but accidentally let anyone submit a forged proof that funds had been deposited on the other chain.

1. The attacker deposited a small amount of tokens on one network.
2. A forged message claimed a much larger deposit had been made.
3. The bridge released the matching amount on Ethereum.
4. The stolen tokens were swapped for Ether and split across 30 wallets.

"Bridges are still the weakest link in the whole system," said Halcyon's research lead, Tobias Wren. "Every upgrade is a new chance to get it wrong."

## Users wait for answers

Tidewell has not said whether users will be reimbursed. The project's treasury holds about $22 million in assets, most of it in its own token.

The exploit adds to a string of bridge attacks that have cost users more than $2.5 billion since 2021.
''', disclosure='Disclaimer: Nothing in this article constitutes investment advice. Cryptocurrencies are volatile and you may lose some or all of your capital.'))

A.append(dict(t='nerd', title='Best High-Yield Savings Accounts of December 2026', dek='Rates up to 4.35% APY from online banks.', author='Theresa Quaid', date='2026-12-01', tickers=[], body='''
[KT] Key takeaways|Online banks still pay roughly ten times the national average savings rate.|Rates are likely to drift lower if the Federal Reserve cuts in early 2027.|Look for no monthly fees and no minimum balance, and check that the bank is FDIC-insured.

A high-yield savings account is one of the simplest ways to earn more on cash you may need soon. The national average savings rate is around 0.42% APY, but the accounts below pay several times that.

We reviewed accounts at more than 70 banks and credit unions. Here are the best rates we found this month.

| Bank | APY | Minimum deposit | Monthly fee
| Larchmont Direct | 4.35% | $0 | $0
| Beacon Online Bank | 4.25% | $100 | $0
| Sablewood Credit Union | 4.15% | $5 | $0
| Cobalt Savings | 4.10% | $0 | $0
| Highmark Digital | 4.01% | $1,000 | $0

## How we chose these accounts

We compared annual percentage yields, fees, minimum deposits and how easy it is to move money in and out. Every account listed here is insured by the FDIC or, for credit unions, the NCUA, up to $250,000 per depositor.

## Are high-yield savings rates going to fall?

Probably, but slowly. Banks tend to lower savings rates after the Fed cuts its benchmark rate, and markets expect one or two cuts next year. Even so, the best online accounts are likely to keep paying well above the national average.

## Is a high-yield savings account right for you?

It is a good home for an emergency fund or money you are saving for a goal within the next few years. For money you will not need for a decade or more, investing in a diversified portfolio has historically produced better returns, though with more risk.

- Pros: easy access to your money, no risk to principal up to insurance limits.
- Cons: rates can change at any time, and returns may not keep up with inflation over long periods.
''', disclosure=''))

A.append(dict(t='nerd', title='How to Pay Off Credit Card Debt: 5 Strategies That Work', dek='', author='Gabriel Ortiz', date='2026-11-24', tickers=[], body='''
[KT] Key takeaways|List every balance with its interest rate before choosing a strategy.|The avalanche method saves the most interest; the snowball method builds momentum.|A 0% balance transfer card can help if you can pay the balance before the promotion ends.

Credit card interest rates average more than 21% right now, which means carrying a balance is one of the most expensive things you can do with money. The good news is that a plan, almost any plan, beats making minimum payments and hoping for the best.

## 1. Make a list

Write down every card, its balance, its interest rate and its minimum payment. Seeing everything in one place is often uncomfortable, but you cannot choose a strategy without it.

## 2. Try the avalanche method

Pay the minimum on every card, then put every extra dollar toward the card with the highest interest rate. When it is paid off, move to the next highest. Mathematically, this saves the most money.

## 3. Or try the snowball method

Pay the minimum on every card, then attack the smallest balance first regardless of rate. Paying off a card completely can provide a motivational boost that keeps you going.

> Whichever you pick, the best method is the one you actually stick with.

## 4. Consider a balance transfer

Many cards offer 0% interest on transferred balances for 15 to 21 months. You will usually pay a transfer fee of 3% to 5%. If you can pay off the balance during the promotional period, that fee is far cheaper than a year of interest.

## 5. Look at a consolidation loan

A personal loan with a fixed rate can replace several card balances with one monthly payment. Rates depend on your credit score; borrowers with good credit may qualify for rates under 12%.

| Strategy | Best for | Watch out for
| Avalanche | Saving the most interest | Slow early progress
| Snowball | Staying motivated | Paying more interest overall
| Balance transfer | Good credit, payoff within 21 months | Transfer fees, rate jumps after promotion
| Consolidation loan | Simplifying several payments | Origination fees

If you are struggling to make even minimum payments, a nonprofit credit counseling agency can help you set up a debt management plan, often with lower interest rates negotiated with your card issuers.
''', disclosure=''))
