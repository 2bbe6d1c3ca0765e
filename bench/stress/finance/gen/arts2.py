A = []

A.append(dict(t='nerd', title='What Is a Roth IRA? How It Works and Who Should Open One', dek='', author='Whitney Chao', date='2026-11-18', tickers=[], body='''
[KT] Key takeaways|Contributions to a Roth IRA are made with after-tax money, and qualified withdrawals in retirement are tax-free.|For 2026 you can contribute up to $7,500, or $8,600 if you are 50 or older.|Income limits apply: the ability to contribute phases out above $153,000 for single filers.

A Roth IRA is an individual retirement account that lets your savings grow tax-free. You pay income tax on the money before you put it in, but you generally pay nothing when you take it out in retirement.

## How a Roth IRA works

You open the account at a brokerage, bank or robo-advisor and choose investments inside it, such as index funds, stocks or bonds. Any dividends, interest and gains build up without being taxed each year.

After age 59 and a half, and once the account has been open for at least five years, you can withdraw both your contributions and your earnings without owing tax or penalties.

## Roth IRA vs. traditional IRA

| Feature | Roth IRA | Traditional IRA
| Tax break | Tax-free withdrawals | Tax-deductible contributions
| Required withdrawals | None during owner's lifetime | Start at age 73
| Income limit to contribute | Yes | No, but deduction may be limited

## Who should consider one

A Roth tends to make the most sense if you expect to be in a higher tax bracket in retirement than you are now. That often describes younger workers early in their careers.

It can also be useful for anyone who wants flexibility. Because you have already paid tax on your contributions, you can withdraw them at any time without penalty, though doing so means giving up future growth.

## How to open a Roth IRA

1. Check that your income is under the limit.
2. Choose a provider with low fees and the investments you want.
3. Fund the account, either with a lump sum or automatic monthly transfers.
4. Pick your investments; money left in cash will not grow much.
''', disclosure=''))

A.append(dict(t='biz', title='Inside the bet that turned a failing mattress maker into a $2 billion company', dek='How Dovetail Sleep went from near-bankruptcy to one of retail\'s unlikely winners.', author='Claire Ashby', date='2026-11-26', tickers=[], body='''
In the spring of 2021, Dovetail Sleep had about six weeks of cash left. Its mattresses, sold online with free returns, were coming back at a rate of nearly one in five. The company's founder had left, and its largest investor had stopped returning calls.

Five years later, Dovetail is profitable, sells through 1,400 stores and was valued at $2.1 billion in a funding round that closed last month. The turnaround is a study in how an unglamorous business can be rebuilt by doing roughly the opposite of what made it famous.

## Killing the free trial

The first decision Raquel Hines made when she took over as chief executive was the most controversial. She ended the 100-night free trial that had been the centerpiece of the company's marketing.

"Everyone told me it would kill us," Hines said in an interview at the company's headquarters in Raleigh. "But we were paying to ship a queen mattress across the country twice for one out of five customers. There's no brand that survives that."

Instead, Dovetail started selling in furniture stores, where customers could lie on a mattress before buying. Returns fell to under 4% within a year.

[NEWS]

## Boring products, better margins

Hines also cut the product line from 23 models to seven and moved production from a contract manufacturer in Asia to two factories in North Carolina that the company bought out of bankruptcy. Shipping a mattress a few hundred miles turned out to be much cheaper than shipping it across an ocean.

Gross margins rose from 31% in 2021 to 48% last year, according to figures the company shared with investors.

## What's next

The new funding will pay for a third factory, in Nevada, and an expansion into sofas and bed frames. Hines says Dovetail has no plans to go public before 2028.

"I've seen what happens when you grow faster than the business can support," she said. "We almost died of it once."
''', disclosure='', contributor='Claire Ashby is a senior writer covering retail and consumer brands.'))

A.append(dict(t='biz', title='The four-day workweek is quietly spreading through mid-size companies', dek='Fewer headlines, more spreadsheets.', author='Omar Delacroix', date='2026-12-02', tickers=[], body='''
The four-day workweek used to make news when a big company tried it. These days it is spreading mostly through firms with a few hundred employees, and most of them are not announcing it.

A survey of 1,150 U.S. employers published last week by the consultancy Harlow & Pike found that 9% of companies with 100 to 999 workers now offer a compressed or reduced schedule to at least half their staff, up from 3% in 2023. Among companies with more than 10,000 workers, the share was just 2%.

## Why mid-size firms

Executives interviewed for this story offered a consistent explanation: smaller companies compete for talent against larger rivals that can pay more, and a shorter week is a benefit that costs little in cash.

"We can't match the salaries of the big insurers across town," said Elena Marsh, chief operating officer of a 340-person claims-processing company in Hartford. "We can offer Fridays."

Her company moved to a 32-hour week for most staff in 2024. Output per employee, measured in claims closed, rose 6% in the first year, she said, and voluntary turnover fell by nearly half.

[NEWS]

## Not for everyone

The model is harder to apply in jobs that require coverage, such as customer service or manufacturing. Several firms in the survey said they used staggered schedules so that offices stayed open five days a week.

Some experiments have also ended. A software company in Denver reverted to a five-day week last year after finding that product launches slipped. Its chief executive said the problem was coordination, not effort.

## The numbers

- 9% of mid-size employers offer a shorter week to at least half of staff.
- 61% of those report higher retention.
- 14% say productivity fell.
- 4% have ended the policy after a trial.
''', disclosure='', contributor='Omar Delacroix covers work and management.'))

A.append(dict(t='biz', title='Why the CEO of a $40 billion insurer still answers customer emails', dek='', author='Beatrice Klein', date='2026-11-21', tickers=[], body='''
Every weekday morning before her first meeting, Jocelyn Ferreira reads about 30 emails from customers of Lindqvist Mutual, the insurer she has run since 2022. She answers about a third of them herself.

"It takes 45 minutes," Ferreira said. "It's the most useful 45 minutes of my day."

The habit has become a small legend inside the company, which has 14,000 employees and manages about $40 billion in assets. Managers know that a complaint routed to the chief executive may come back to them with questions attached.

## What the emails reveal

Ferreira says the messages regularly surface problems that never appear in dashboards. Last year, a run of emails from customers in Arizona about slow roof-damage claims led her to discover that a single adjuster had been covering three counties after two colleagues left.

"The data told me claims were fine on average," she said. "The emails told me they were terrible in one place."

## Critics say it doesn't scale

Not everyone admires the practice. A former executive at the company, who asked not to be named, said it could undermine managers and encourage staff to focus on whatever the CEO happened to read that week.

Ferreira acknowledges the risk. She says she forwards complaints with a request to understand the cause, not to fix the single case.

> If I only ever see the cleaned-up version of the company, I'll run it badly.

Lindqvist Mutual's customer-satisfaction scores have risen in each of the past three years, according to an independent industry survey.
''', disclosure='', contributor='Beatrice Klein is a contributor who writes about leadership.'))

A.append(dict(t='inv', title='Gold Hits Record as Dollar Weakens Ahead of Fed Meeting', dek='', author='Investing Desk', date='2026-12-04', tickers=['XAU/USD', 'DXY', 'US10Y'], body='''
Gold prices climbed to a record high on Thursday as the U.S. dollar slipped and traders positioned for a possible interest-rate cut by the Federal Reserve later this month.

Spot gold rose 1.1% to $2,968.40 an ounce by 14:20 GMT after touching an all-time high of $2,975.10 earlier in the session. U.S. gold futures gained 0.9% to $2,981.

[QUOTE] XAU/USD 2,968.40 +1.10%

The dollar index fell 0.5% to its lowest in seven weeks, making bullion cheaper for buyers holding other currencies. Benchmark 10-year Treasury yields dropped to 3.84%.

"Gold is doing exactly what you'd expect with real yields falling and the dollar under pressure," said Pieter Van Wyk, senior metals strategist at Kestrel Bullion. "Central bank buying is the floor under all of this."

Central banks bought an estimated 87 tonnes of gold in October, according to an industry council, the highest monthly total this year.

## Technical outlook

Traders said the next level of resistance was around $3,000 an ounce, a psychologically important mark. Support lies near $2,910, the low from earlier this week.

| Level | Price
| Resistance 2 | $3,020
| Resistance 1 | $3,000
| Pivot | $2,948
| Support 1 | $2,910
| Support 2 | $2,875

Silver rose 1.6% to $34.12 an ounce, platinum added 0.7% to $1,012, and palladium fell 0.4% to $968.
''', disclosure='Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including the risk of losing some, or all, of your investment amount, and may not be suitable for all investors.'))

A.append(dict(t='inv', title='Euro Falls to Three-Week Low After Weak German Factory Data', dek='', author='Marta Kowal', date='2026-12-03', tickers=['EUR/USD', 'GBP/USD', 'USD/JPY'], body='''
The euro fell to a three-week low against the dollar on Wednesday after data showed German industrial orders dropped more than expected in October, adding to signs that Europe's largest economy is struggling to recover.

EUR/USD was down 0.6% at 1.0712 in afternoon trading in London. The pair has lost about 1.8% since mid-November.

German factory orders fell 2.4% month on month, the statistics office said, against forecasts for a decline of 0.5%. Orders from outside the euro zone dropped 4.1%.

[QUOTE] EUR/USD 1.0712 -0.61%

"The manufacturing recession in Germany is not over, whatever the sentiment surveys are saying," said Lukas Brenner, FX strategist at Aldermann Bank. "That makes a December cut from the ECB almost a done deal."

Money markets now price about an 85% chance that the European Central Bank will lower its deposit rate by 25 basis points at its meeting next week, up from 70% a day earlier.

## Other currencies

Sterling slipped 0.2% to $1.2690. The Japanese yen strengthened to 148.30 per dollar after a senior Bank of Japan official said the case for another rate increase was building.

The Swiss franc was little changed, while the Australian dollar fell 0.4% as commodity prices eased.
''', disclosure='Fusion Media would like to remind you that the data contained in this website is not necessarily real-time nor accurate.'))

A.append(dict(t='inv', title='Earnings Preview: Corvane Systems Expected to Post 19% Revenue Growth', dek='', author='Samir Haddad', date='2026-12-06', tickers=['CRVN'], body='''
Corvane Systems {CRVN|NYSE} is scheduled to report fiscal second-quarter results after the market closes on Tuesday. Here is what analysts expect.

## Consensus estimates

| Metric | Estimate | Year ago
| Revenue | $1.84 billion | $1.55 billion
| Adjusted EPS | $1.12 | $0.91
| Subscription revenue | $1.51 billion | $1.23 billion
| Operating margin | 21.5% | 19.8%

Analysts will focus on the company's remaining performance obligations, a measure of contracted future revenue, which grew 24% last quarter. A slowdown below 20% could unsettle investors who have bid the shares up 38% this year.

## What to watch

- Commentary on the departure of the chief financial officer, announced last week.
- Uptake of the company's new AI assistant, which is priced as an add-on.
- Guidance for the second half, which management raised in September.

[READ] Corvane finance chief to step down at year-end

Options markets imply a move of about 8% in either direction after the report. Over the last eight quarters, the stock has moved by an average of 6.5% the day after earnings.

Of the 31 analysts covering the stock, 22 rate it a buy, eight a hold and one a sell. The average price target is $214, about 11% above Friday's close.
''', disclosure=''))

A.append(dict(t='wire', title='Aurelian Mining agrees to buy Copperfield in $6.8 billion deal', dek='', author='Helen Mbeki', date='2026-12-01', tickers=['AURM', 'CPFD'], body='''
JOHANNESBURG/TORONTO, Dec 1 - Aurelian Mining said on Monday it had agreed to buy Canadian copper producer Copperfield Resources for about $6.8 billion in cash and shares, the latest in a wave of deals as miners race to secure supplies of the metal needed for power grids and electric vehicles.

Aurelian will pay C$14.20 per Copperfield share, a premium of 32% to Copperfield's closing price on Friday. Copperfield shareholders will receive C$9.50 in cash and 0.21 Aurelian shares for each share they own.

The deal gives Aurelian control of two producing mines in Chile and a development project in British Columbia that could add 180,000 tonnes of annual copper output by 2031.

"Copper is the metal of the energy transition, and there are very few high-quality assets left that can be bought rather than built," Aurelian Chief Executive Thabo Nkosi said on a call with analysts.

Copperfield's board has unanimously recommended the offer. The deal needs approval from two-thirds of Copperfield shareholders and from regulators in Canada, Chile and China.

Copperfield shares jumped 27% in Toronto. Aurelian's shares fell 3.8% in Johannesburg, as some investors questioned the price.

"They're paying up for growth that's still several years away," said Renske de Vries, an analyst at Baxendale Securities. "The Chilean mines are good but ageing."

Copper prices have risen about 18% this year, trading near $10,900 a tonne on the London Metal Exchange on Monday.
''', disclosure='', credit='Reporting by Helen Mbeki in Johannesburg and Derek Lam in Toronto; Editing by Paul Granger'))

A.append(dict(t='wire', title='Japan\'s Kisaragi Holdings posts record profit on weak yen, raises outlook', dek='', author='Ren Fujita', date='2026-11-12', tickers=['KSRG'], body='''
TOKYO, Nov 12 - Kisaragi Holdings, Japan's third-largest trading house, reported a record first-half profit on Wednesday and raised its full-year forecast, helped by a weak yen and strong earnings from its energy and machinery businesses.

Net profit for the six months to September rose 18% from a year earlier to 412 billion yen ($2.78 billion), beating the average estimate of 380 billion yen from seven analysts polled by LSEG.

The company now expects full-year net profit of 780 billion yen, up from its previous forecast of 720 billion yen. It also announced an additional share buyback of up to 100 billion yen.

Its liquefied natural gas business benefited from long-term contracts linked to oil prices, while its machinery unit recorded higher sales of construction equipment in Southeast Asia.

The yen averaged about 152 per dollar in the period, compared with 145 a year earlier, boosting the value of overseas profits when converted.

"We are seeing the benefit of diversification," Chief Financial Officer Akiko Hamada told a news conference. "When one business slows, another picks up."

Kisaragi shares closed up 2.1% before the results were announced. The stock has risen 31% this year, outperforming the benchmark Nikkei average's 14% gain.
''', disclosure='', credit='Reporting by Ren Fujita; Editing by Kim Coghill'))

A.append(dict(t='wire', title='Euro zone inflation eases to 2.1%, bolstering case for ECB cut', dek='', author='Francesca Rota', date='2026-12-02', tickers=[], body='''
FRANKFURT, Dec 2 - Euro zone inflation eased more than expected in November, data showed on Tuesday, strengthening the case for the European Central Bank to cut interest rates again next week.

Consumer prices in the 20 countries sharing the euro rose 2.1% from a year earlier, down from 2.4% in October and below the 2.2% expected by economists polled by Reuters, Eurostat said.

Core inflation, which excludes volatile food and energy prices, slowed to 2.5% from 2.7%. Services inflation, closely watched by the ECB, dropped to 3.3% from 3.6%.

(For a graphic on euro zone inflation, click https://example.com/graphics/ez-cpi)

"This clears the way for a December cut," said Annika Vogel, chief euro zone economist at Stellberg Bank. "The debate now is about how far they go next year."

ECB policymakers have lowered the deposit rate four times since June 2024, to 2.75%. Several have said in recent weeks that they would support another move if inflation continued to cool.

Energy prices fell 1.9% from a year earlier. Food, alcohol and tobacco inflation was steady at 2.7%.

Among the largest economies, inflation was 2.3% in Germany, 1.6% in France, 1.9% in Italy and 2.5% in Spain.
''', disclosure='', credit='Reporting by Francesca Rota; Editing by Toby Chopra'))

A.append(dict(t='ratings', title='Analysts split on Pellham Therapeutics after kidney-drug win', dek='Three upgrades, two downgrades and a wide range of targets.', author='Staff', date='2026-12-04', tickers=['PLTX'], body='''
Wall Street analysts rushed to update their views on Pellham Therapeutics {PLTX|NASDAQ} on Thursday, a day after the biotech said its experimental kidney-disease drug met its main goal in a late-stage trial. The stock jumped 36% on the news.

The reaction was far from unanimous. Three firms upgraded the shares, while two downgraded them on valuation after the surge.

| Firm | Action | Rating | Price target
| Halstead & Co. | Upgrade | Buy | $88 (from $52)
| Corrigan Securities | Upgrade | Outperform | $80 (from $49)
| Weller Brandt | Upgrade | Overweight | $76 (from $45)
| Amberline Research | Downgrade | Neutral | $70 (from $60)
| North Quay Capital | Downgrade | Hold | $66 (from $58)
| Ostrova Partners | Reiterate | Buy | $95

## What the bulls say

Halstead's Priya Venkataraman said the trial results were "cleaner than the best case we modeled," with patients on the drug showing a 41% slower decline in kidney function than those on placebo. She now estimates peak annual sales of $3.2 billion.

## What the bears say

Amberline's Josh Keller said the data were strong but that the stock now prices in approval and a smooth launch. He noted that a rival drug from a much larger company is about a year behind in development and could compete on price.

## Consensus

Of 19 analysts covering Pellham, 14 now rate it a buy or equivalent, and five a hold. None recommends selling. The average price target rose to $78 from $54.
''', disclosure=''))

A.append(dict(t='ratings', title='Earnings call recap: Fenwick Retail sees holiday sales up 3% to 4%', dek='', author='Earnings Desk', date='2026-11-25', tickers=['FNWK'], body='''
[KT] Key takeaways|Third-quarter comparable sales rose 2.8%, beating the 1.9% consensus.|Holiday-quarter guidance implies comparable sales growth of 3% to 4%.|Inventory was down 5% from a year earlier, which should limit markdowns.

Fenwick Retail {FNWK|NYSE} reported third-quarter results before the open on Tuesday and held a conference call with analysts. Here are the main points from the call.

## Results

Revenue rose 3.4% to $11.9 billion, and adjusted earnings were $1.41 per share, against estimates of $1.29. Gross margin improved by 60 basis points to 31.2%, mostly because of lower freight costs.

## Holiday outlook

Chief Executive Darnell Price said November sales so far were "running at the high end of our plan." The company expects fourth-quarter comparable sales to rise 3% to 4%.

> We're seeing a customer who is careful but not pulling back. They're buying gifts, they're just buying them closer to the day.

## Analyst questions

Asked about tariffs, Chief Financial Officer Lena Moritz said the company had moved about 40% of its sourcing out of the most affected countries and that costs were fully reflected in guidance.

Another analyst asked about the company's new membership program. Price said it had signed up 6.2 million members since launch in August, ahead of internal targets, and that members spent about twice as much per visit as non-members.

## Capital returns

- Quarterly dividend of $0.62, unchanged.
- $800 million of shares repurchased in the quarter.
- $2.4 billion remaining under the buyback authorization.

The shares rose 5.6% in morning trading.
''', disclosure='This article was generated with the help of automated tools and reviewed by an editor.'))

A.append(dict(t='ratings', title='Stock upgrades and downgrades: Monday\'s biggest analyst calls', dek='', author='Markets Staff', date='2026-12-07', tickers=['SDLS', 'NGBC', 'OSTR'], body='''
Here are the biggest calls on Wall Street on Monday.

## Sundial Semiconductor upgraded to buy at Corrigan

Corrigan Securities upgraded the chipmaker to buy from hold and raised its target to $310 from $245, saying supply constraints on its newest switch chip should ease by the second quarter.

"We underestimated how quickly hyperscalers would migrate," analyst Terrence Ohm wrote.

## Northgate Bancorp raised to overweight at Weller Brandt

Weller Brandt said the regional lender's deposit costs have peaked and that the stock's discount to tangible book value is unjustified. The new target is $47.

## Ostrander Rail cut to neutral at Amberline

Amberline downgraded the railroad to neutral, citing weaker grain volumes and a valuation near its historical high. It kept a $182 price target.

## Maple Fork Foods initiated at underperform at Halstead

Halstead started coverage of the packaged-food company with an underperform rating and a $44 target, arguing that store brands will keep taking share.

## Harbor Lane Logistics price target raised at North Quay

North Quay raised its target on the freight broker to $70 from $58 after last week's earnings but kept a hold rating, saying demand remains weak.
''', disclosure=''))

A.append(dict(t='bizj', title='Columbus developer lands $84 million loan for Short North apartments', dek='The 212-unit project is expected to break ground in February.', author='Laura Jessop', date='2026-12-03', tickers=[], body='''
A Columbus developer has secured $84 million in construction financing for a 212-unit apartment building in the Short North, clearing the last major hurdle before work begins early next year.

Redbud Partners closed on the loan from a group of three regional banks led by Northgate Bancorp, the company said Wednesday. The seven-story building at High and Fourth streets will include 14,000 square feet of ground-floor retail and a 260-space garage.

Redbud principal Marcus Tolliver said construction should start in February and take about 26 months.

"Financing for apartments was very hard to get for most of last year," Tolliver said. "The banks came back this fall, and the terms were better than we expected."

The project's total cost is estimated at $118 million. Redbud is contributing about $22 million in equity, with the rest coming from a private investment fund.

## A busy corridor

The Short North has added about 1,900 apartment units since 2020, according to data from a local brokerage. Rents in the neighborhood average $2.11 per square foot, among the highest in the metro area.

Occupancy in newer buildings in the area was 93.4% in the third quarter, down slightly from a year earlier as new supply came online.

The city's development commission approved the building's design in July after the developer reduced its height by one floor in response to neighbors' concerns.
''', disclosure=''))

A.append(dict(t='bizj', title='Family-owned HVAC firm sells to private equity after 61 years', dek='', author='Desmond Pryor', date='2026-11-20', tickers=[], body='''
Kellerman Heating & Air, a family-owned heating and cooling contractor that has operated in the Triad since 1965, has been sold to a private equity-backed group of home-services companies.

Terms were not disclosed. The buyer, Bluestem Home Services, is owned by a Chicago investment firm and now operates 23 contractors in nine states.

Kellerman has about 140 employees and more than 90 service vans. Third-generation owner Ruth Kellerman will stay on as president for at least three years, and the company will keep its name.

"None of my kids wanted to run the business, and I wasn't going to sell to somebody who'd shut it down," Kellerman said. "They're keeping everyone. That was the deal for me."

## A wave of roll-ups

Private equity firms have bought hundreds of plumbing, electrical and HVAC contractors across the country in the past five years, drawn by steady demand and the large number of owners nearing retirement.

Critics say the deals can lead to higher prices for customers. Bluestem's chief executive, Warren Osei, said the company does not set prices centrally and that each business keeps its own management.

The deal was advised by Piedmont Capital Advisors. Kellerman reported revenue of about $31 million last year, according to a person familiar with the sale.
''', disclosure=''))

A.append(dict(t='bizj', title='Regional grocer Pruett\'s to open three stores, add 400 jobs', dek='', author='Anita Gorski', date='2026-12-05', tickers=[], body='''
Pruett's Markets will open three new stores in the metro area over the next two years, adding about 400 jobs, the employee-owned grocery chain said Thursday.

The first store, a 48,000-square-foot location in a former department store in the Eastgate shopping center, is set to open in October. Stores in Fairview and on the city's north side will follow in 2028.

Pruett's operates 34 stores across three states and has about 6,800 employees, all of whom participate in an employee stock ownership plan.

President Gloria Pruett-Haynes said the expansion would be funded from cash flow and an existing credit line.

"We've been profitable every year for a long time because we don't grow faster than we can afford," she said.

The company's sales rose about 7% last year to $1.9 billion, according to figures it shared with employees.

## Competition heating up

The expansion comes as national discount chains also push into the region. A discount grocer opened four stores in the area this year, and a warehouse club is building a location less than two miles from the planned Fairview store.

Pruett-Haynes said the company's focus on fresh food and local suppliers sets it apart. About 22% of the produce it sells comes from farms within 150 miles.
''', disclosure=''))

A.append(dict(t='crypto', title='What is a stablecoin and why do regulators care?', dek='', author='Noor Siddiqui', date='2026-11-22', tickers=['USDT', 'USDC', 'BTC'], body='''
[KT] Key Takeaways|Stablecoins are tokens designed to hold a steady value, usually one U.S. dollar.|Most are backed by cash and short-term government debt held by the issuer.|New rules require issuers to publish monthly reserve reports and keep reserves in segregated accounts.

Stablecoins are the plumbing of the crypto market. They are used to move money between exchanges, to settle trades and, increasingly, to send payments across borders. Their combined market value has passed $280 billion.

## How they keep their value

A dollar-backed stablecoin is supposed to be redeemable for one dollar at any time. To make that promise credible, the issuer holds reserves, mostly cash in bank accounts and short-dated Treasury bills, equal to or greater than the number of tokens in circulation.

Some older designs tried to hold their value through algorithms instead of reserves. Most of those failed, sometimes spectacularly.

## Why regulators care

If a large stablecoin could not meet redemptions, holders might rush to sell, forcing the issuer to dump Treasury bills quickly. Officials worry that could spill over into short-term funding markets.

New federal rules that take effect next year require issuers to:

- hold reserves only in cash, insured deposits or Treasury bills maturing within 93 days;
- publish a reserve report every month, checked by an accounting firm;
- keep reserves separate from the issuer's own funds.

## What it means for users

For most people using stablecoins, not much will change day to day. The main difference is that information about what backs each token will be easier to find and more reliable.

[EXCH]
''', disclosure='Disclaimer: This content is for educational purposes and should not be considered investment advice.'))

A.append(dict(t='fool', title='Should You Buy Cresthaven Water Before Its Next Dividend Increase?', dek='', author='Priyanka Rao', date='2026-12-06', tickers=['CWUT'], body='''
[KT] Key Points|Cresthaven Water typically raises its dividend each January.|A pending rate case in Pennsylvania could add about $70 million of annual revenue.|The stock trades slightly below its five-year average valuation.

Cresthaven Water Utilities {CWUT|NYSE} has raised its dividend every January for 31 years. With the next increase likely about a month away, some income investors are wondering whether to buy now.

The short answer: the timing of a dividend increase is not a good reason to buy a stock. But there are other reasons Cresthaven looks attractive right now.

## The rate case

The company asked Pennsylvania regulators in June for permission to raise water rates by about 9% over two years to pay for pipe replacements. A decision is expected in the first quarter.

If the request is approved largely as filed, it would add roughly $70 million to annual revenue. Regulators rarely grant the full amount, but settlements in the state have typically landed at 70% to 80% of the original request.

## Valuation

At about 23 times expected 2027 earnings, Cresthaven is a little cheaper than its five-year average of 25 times. Its yield of 2.6% is also a bit higher than usual.

[INVEST] Cresthaven Water Utilities

## The bottom line

Nobody should expect fireworks from a water utility. But at today's price, long-term investors are getting a reliable, growing dividend at a fair valuation.
''', disclosure='Priyanka Rao has no position in any of the stocks mentioned. The Lantern Fool recommends Cresthaven Water Utilities. The Lantern Fool has a disclosure policy.'))

A.append(dict(t='yahoo', title='Prediction: This Unloved Utility Stock Will Beat the Market in 2027', dek='', author='Marcus Feld', date='2026-12-06', tickers=['CWUT', 'SPX'], syndicated=True, body='''
Utilities rarely make anyone's list of exciting stocks, and 2026 did little to change that. The sector has lagged the S&P 500 by about 11 percentage points this year as investors chased technology shares.

That underperformance is exactly why one utility looks interesting heading into next year.

## A growth story hiding in plain sight

Cresthaven Water Utilities {CWUT|NYSE} has told investors it expects to grow its rate base, the value of the assets on which it is allowed to earn a return, by about 8% a year through 2030. Data-center developers have signed agreements for nearly 40 million gallons a day of new capacity in two of its service areas.

Those contracts are long-dated and largely paid for by the customers who need the water, which limits the risk to existing ratepayers and to shareholders.

## The valuation gap

The stock trades at about 21 times forward earnings, below its five-year average of 25 times. If the company simply delivers on its plan and the multiple returns to its average, investors could earn a total return in the high teens next year, including the dividend.

That is not guaranteed, of course. A rise in long-term interest rates would hurt utilities across the board.

[INVEST] Cresthaven Water Utilities
''', disclosure='Marcus Feld has no position in any of the stocks mentioned. The Lantern Fool has positions in and recommends Cresthaven Water Utilities. The Lantern Fool has a disclosure policy.'))

A.append(dict(t='contrib', title='What Founders Get Wrong About Their First Term Sheet', dek='', author='Natalie Brookes', date='2026-11-19', tickers=[], body='''
I have read several hundred term sheets over the past decade, first as a lawyer and now as an investor. The mistakes founders make with their first one are remarkably consistent, and most of them have nothing to do with valuation.

## They negotiate the wrong number

Founders fixate on the pre-money valuation because it is the headline figure. But the size of the option pool, and whether it is counted before or after the new money comes in, can move a founder's real ownership by several percentage points.

On a recent seed deal I saw, a founder accepted a valuation $2 million higher than a competing offer, only to agree to a 15% pre-money option pool. The "better" offer left her with less of the company.

## They ignore the liquidation preference

A 1x non-participating preference is standard. Anything above that deserves a hard look, because in a modest sale it decides who gets paid first and how much.

- Ask whether the preference is participating.
- Ask whether it is more than 1x.
- Ask how it stacks against earlier rounds.

## They don't ask for references

Investors check founders' references. Founders should call the CEOs of two or three companies the investor backed that did not work out, and ask how the firm behaved when things got hard.

> The best predictor of how an investor will treat you in a crisis is how they treated someone else in one.

None of this is complicated, but it is easy to overlook when an offer finally arrives after months of pitching.
''', disclosure='', contributor='I am a partner at a seed-stage venture firm and a former startup lawyer. Follow me on LinkedIn and X. Check out my website.'))

A.append(dict(t='contrib', title='The Quiet Boom in Small-Business Lending Apps', dek='', author='Haruto Fleming', date='2026-12-01', tickers=[], body='''
Small businesses have always had a hard time borrowing from banks. A restaurant owner with two good years of sales and a thin credit file is exactly the kind of borrower a traditional lender's model is built to turn away.

A crop of lending apps is betting it can do better by looking at data banks ignore: daily card sales, delivery-platform payouts, even the timing of supplier payments.

## How the models work

Most of these lenders connect directly to a business's payment processor and bank account. Instead of a credit score and two years of tax returns, they look at how much cash comes in each day and how steady it is.

One lender I spoke with said its default rate on loans to businesses under three years old was 4.2% last year, roughly in line with what banks report for much more established borrowers.

## The catch

Speed and convenience come at a price. Effective annual rates on some of these products run above 30%, and repayment is often taken automatically from daily sales.

| Product | Typical size | Effective annual cost
| Bank term loan | $250,000 | 8% to 11%
| SBA-backed loan | $150,000 | 10% to 13%
| Revenue-based app loan | $40,000 | 18% to 35%
| Merchant cash advance | $25,000 | 40% and up

For a business with a short-term gap and strong sales, that can still make sense. For one using debt to cover ongoing losses, it can make a bad situation worse.
''', disclosure='', contributor='I write about fintech and small business. Follow me on X or LinkedIn.'))

A.append(dict(t='inv', title='Stocks Edge Higher as Traders Weigh Jobs Data; Treasury Yields Steady', dek='', author='Ana Beltran', date='2026-12-05', tickers=['US 500', 'DJIA', 'US10Y'], ai=True, body='''
U.S. stocks edged higher on Friday after a monthly jobs report showed hiring slowed in November but not by enough to alarm investors, keeping hopes alive for an interest-rate cut early next year.

The S&P 500 rose 0.3% by midday, the Dow Jones Industrial Average added 0.2%, and the Nasdaq Composite gained 0.5%.

[QUOTE] SPX 6,621.40 +0.26%

Employers added 142,000 jobs last month, the Labor Department said, below the 165,000 economists had expected. The unemployment rate held at 4.3%, and average hourly earnings rose 0.3% from October.

"It's a Goldilocks report for the market: not hot enough to worry the Fed, not cold enough to worry about a recession," said Daria Mendel, portfolio manager at Cobbleway Asset Management.

Treasury yields were little changed, with the 10-year note at 3.83%.

## Sector moves

- Technology shares led gains, up 0.8%.
- Energy stocks fell 0.6% as oil prices slipped.
- Real estate rose 0.5%, helped by lower mortgage rates.

Among individual stocks, Fenwick Retail rose 2.1% after an analyst upgrade, while Calder Motors slipped 1.4%.
''', disclosure='This article was generated with the support of AI and reviewed by an editor. For more information see our T&C.'))

A.append(dict(t='crypto', title='XRP Price Prediction: Can the Token Hold $2 After Court Ruling?', dek='', author='Leo Martins', date='2026-12-04', tickers=['XRP', 'BTC'], body='''
[KT] Key Takeaways|XRP rose 9% after an appeals court upheld a ruling that most of its sales were not securities offerings.|The $2 level has acted as support three times since October.|Analysts see resistance near $2.35, where the token stalled in November.

XRP, the token tied to payments company Ripplewave, jumped 9% on Thursday after a federal appeals court upheld an earlier decision that sales of the token on public exchanges were not securities offerings.

The token was trading at $2.14 at the time of writing, according to market data.

[QUOTE] XRP 2.14 +9.1%

## What the ruling means

The decision removes one of the largest legal clouds over the token. Exchanges that delisted XRP during the case have mostly relisted it, but some institutional investors had stayed away until the appeal was resolved.

"For compliance departments, this was the last box to tick," said Ines Kowalczyk, a lawyer who advises digital-asset funds.

## Price levels to watch

| Level | Price | Note
| Resistance | $2.35 | November high
| Current | $2.14 |
| Support | $2.00 | Held three times since October
| Support | $1.82 | 100-day moving average

Traders said a daily close above $2.35 could open the way to the year's high near $2.60, while a break below $2 would likely bring the 100-day average into play.

[DROP] Follow us on Telegram and X for the latest crypto market updates.

[EXCH]
''', disclosure='Disclaimer: Cryptocurrency prices are highly volatile. This article does not constitute financial advice; do your own research before investing.'))

A.append(dict(t='mw', title='Cramer-style stock picks are back in fashion. Here is what the data says', dek='Retail investors are crowding into a few dozen names again.', author='Paulina Strand', date='2026-12-03', tickers=['SPX', 'SDLS'], body='''
Retail investors are concentrating their bets again. The 20 stocks most bought by individual investors accounted for 41% of retail purchases in November, according to data from brokerage-flow tracker Vandermeer Analytics, the highest share since early 2021.

The list is familiar: large technology companies, a handful of chipmakers including Sundial Semiconductor {SDLS|NASDAQ}, and a few heavily promoted small caps.

[DROP] Sign up now for the MarketLedger Investing Club to follow our portfolio managers' every move in the market.

## Why concentration worries strategists

Crowded trades can unwind quickly. When the same investors own the same stocks, a disappointing earnings report can trigger selling that feeds on itself.

"It doesn't take a crash to hurt people. It takes a 20% drawdown in five names that everyone owns on margin," said Orla Finnegan, head of equity strategy at Harrowgate Partners.

Margin debt at retail brokerages rose 6% in November to a record, according to industry figures.

## Not all bad news

Some analysts argue that concentration reflects genuine differences in earnings growth. The ten largest companies in the S&P 500 are expected to grow profits about twice as fast as the rest of the index next year.

"You can't blame people for buying what's working," Finnegan said. "You can blame them for buying only that."

[DROP] Got a confidential news tip? We want to hear from you.

[NEWS]
''', disclosure=''))

A.append(dict(t='yahoo', title='Is Maple Fork Foods (MPLF) a Buy After Its Earnings Beat?', dek='', author='Zane Whitfield', date='2026-12-02', tickers=['MPLF'], body='''
Maple Fork Foods (MPLF) reported adjusted earnings of $0.94 per share for the quarter ended October, beating the consensus estimate of $0.88. This compares to earnings of $0.91 a year ago.

The packaged-food maker posted revenue of $4.31 billion, in line with estimates and down 1.2% from a year earlier. Volumes fell 2.5%, partly offset by higher prices in its snacks division.

## Estimate revisions

Over the past 30 days, the consensus estimate for the current fiscal year has risen 1.4% to $3.62 per share. Upward revisions are a good sign for near-term price performance.

Maple Fork currently carries a Stock Rank of 3 (Hold), meaning it is expected to perform in line with the market over the next few months.

## Industry outlook

The food-products industry ranks in the bottom 40% of the more than 250 industries the firm tracks. Weak volumes and rising store-brand competition have weighed on the group all year.

| Metric | Q3 actual | Q3 estimate
| Revenue | $4.31B | $4.30B
| Adjusted EPS | $0.94 | $0.88
| Organic volume | -2.5% | -2.0%

[DROP] Want the latest recommendations from Quotient Investment Research? Today, you can download 7 Best Stocks for the Next 30 Days. Click to get this free report

[DROP] To read this article on Quotient Research, click here.
''', disclosure=''))

A.append(dict(t='crypto', title='Bitcoin Price Holds Above $80,000 But Bulls Face Key Resistance', dek='', author='Aayush Kapoor', date='2026-12-06', tickers=['BTC', 'ETH'], body='''
Bitcoin price started a fresh increase above the $79,500 zone. BTC is consolidating and might face hurdles near the $82,000 level.

- Bitcoin started a recovery wave above the $79,500 zone.
- The price is trading above $80,000 and the 100-hour simple moving average.
- A key bearish trend line is forming with resistance at $81,650 on the hourly chart.

## Bitcoin price eyes upside break

Bitcoin price found support near the $77,800 level and started a recovery. BTC climbed above the $78,500 and $79,500 resistance levels before the bears appeared near $81,200.

The price is now trading above $80,000. Immediate resistance on the upside is near the $81,650 level and the trend line. The first major resistance could be $82,000, and a close above it might send the price toward $83,500.

[CHART] Source: BTCUSD on TradingView.com

## Another decline in BTC?

If Bitcoin fails to rise above the $81,650 resistance zone, it could start another decline. Immediate support on the downside is near the $80,000 level, and the first major support is near $79,200.

Technical indicators:

- Hourly MACD: the MACD is now losing pace in the bullish zone.
- Hourly RSI: the RSI for BTC/USD is now above the 50 level.

[DROP] Featured image from Shutterstock, chart from TradingView.com

[DROP] Editorial Process for CoinHarbor is centered on delivering thoroughly researched, accurate, and unbiased content. We uphold strict sourcing standards, and each page undergoes diligent review by our team of market analysts and seasoned editors.
''', disclosure='Disclaimer: The information found on CoinHarbor is for educational purposes only and does not represent the opinions of CoinHarbor on whether to buy, sell or hold any investments.'))

A.append(dict(t='nerd', title='Required Minimum Distributions: What Changes in 2027', dek='', author='Ruth Abernathy', date='2026-12-04', tickers=[], body='''
[KT] Key takeaways|The age at which required minimum distributions begin rises to 75 for people born in 1960 or later.|Inherited IRAs face new annual withdrawal rules for most non-spouse beneficiaries.|Missing an RMD now carries a 25% penalty, reduced to 10% if corrected quickly.

Required minimum distributions, the amounts retirees must withdraw each year from most tax-deferred retirement accounts, are changing again. Here is what savers need to know before the new year.

## The starting age is rising

People born in 1960 or later will not have to take their first RMD until age 75. Those born between 1951 and 1959 start at 73.

[DROP] Profit and prosper with the best of expert advice on investing, taxes, retirement, personal finance and more - straight to your e-mail.

## Inherited accounts

Most non-spouse beneficiaries must empty an inherited IRA within ten years. Under final rules, those who inherit from someone who had already started RMDs must also take annual withdrawals during that period.

## Penalties are smaller, but still costly

The penalty for missing an RMD fell from 50% to 25% of the amount not withdrawn, and to 10% if the mistake is corrected within two years.

| Birth year | RMD starting age
| 1950 or earlier | 72
| 1951 to 1959 | 73
| 1960 or later | 75
''', disclosure=''))

A.append(dict(t='wire', title='Exclusive: Harbor Lane weighs sale of brokerage unit, sources say', dek='', author='Colin Ortega', date='2026-12-05', tickers=['HRBL'], body='''
NEW YORK, Dec 5 - Harbor Lane Logistics is exploring a sale of its freight brokerage unit that could value the business at about $1.5 billion including debt, according to three people familiar with the matter.

The company has hired investment bank Castellane & Co to run the process and has reached out to private equity firms and a small number of industry rivals, the sources said, asking not to be identified because the talks are private.

A deal is not certain, and Harbor Lane could decide to keep the unit, the sources added.

Harbor Lane declined to comment. Castellane did not respond to a request for comment.

The brokerage unit, which matches shippers with independent trucking companies, generated about $140 million of earnings before interest, taxes, depreciation and amortization last year, one of the sources said.

Selling the unit would let Harbor Lane focus on its asset-based trucking and warehousing businesses, which have higher margins. Activist investor Pell Ridge Capital, which disclosed a 4% stake in October, has pushed the company to simplify its structure.

Shares of Harbor Lane rose 5.2% in after-hours trading following the report.

[DROP] Our Standards: The Wirehouse Trust Principles.
''', disclosure='', credit='Reporting by Colin Ortega in New York; Editing by Megan Wolfe'))

A.append(dict(t='nerd', title='CD Rates Today: Best 1-Year CDs Pay Up to 4.40%', dek='', author='Ilana Brooks', date='2026-12-07', tickers=[], body='''
[DROP] Advertiser Disclosure

[DROP] We are an independent, advertising-supported comparison service. The offers that appear on this site are from companies that compensate us.

Certificate of deposit rates have slipped from their peaks, but the best one-year CDs still pay well above the national average of 1.71% APY.

A CD locks your money away for a set term in exchange for a fixed rate. If you are confident you will not need the cash for a year, it can be a good way to guarantee a return before rates fall further.

| Institution | Term | APY | Minimum deposit
| Larchmont Direct | 1 year | 4.40% | $500
| Sablewood Credit Union | 1 year | 4.35% | $1,000
| Cobalt Savings | 1 year | 4.25% | $0
| Highmark Digital | 18 months | 4.20% | $2,500

## Should you lock in now?

Many economists expect the Federal Reserve to lower short-term rates at least once in the first half of next year. Banks usually cut CD rates in anticipation, so today's yields may not last long.

## Watch the penalty

Withdrawing money before a CD matures usually costs several months of interest. Read the terms before you deposit, and consider a no-penalty CD if there is any chance you will need the money early.

- A CD ladder spreads money across several terms so part of it matures every year.
- Brokered CDs can be sold before maturity but their price may fall if rates rise.

[DROP] Editorial disclosure: All reviews are prepared by our staff. Opinions expressed are solely those of the reviewer and have not been reviewed or approved by any advertiser.

[DROP] PennyCompass requires writers to use primary sources to support their work. These include government data, original reporting and interviews with industry experts.
''', disclosure=''))

A.append(dict(t='crypto', title='Ether options traders pile into year-end calls as staking ETF debuts', dek='', author='Sofia Brandt', date='2026-12-06', tickers=['ETH', 'BTC'], body='''
Options traders are betting that Ether will rally into the end of the year, with demand for call options expiring on Dec. 26 jumping after the first U.S. staking exchange-traded fund began trading this week.

Open interest in Ether calls with strike prices of $3,500 and $4,000 for the Dec. 26 expiry rose by a combined 38,000 contracts over three days, according to data from derivatives exchange Delphex. That brings the notional value of those positions to roughly $470 million.

The put-call ratio for the expiry, a measure of bearish versus bullish positioning, dropped to 0.41, its lowest since March.

"People are paying up for upside, and they're doing it with size," said Marcus Oyelaran, head of derivatives trading at Northshore Digital. "The ETF gives institutions a clean reason to own ETH into year-end."

## Volatility is cheap

Implied volatility on one-month Ether options has fallen to about 48%, near its lowest level this year, making calls relatively inexpensive. Some traders are selling shorter-dated options to fund longer-dated bullish bets.

The staking fund took in about $210 million in its first two days, according to issuer data, more than analysts had expected.

[DROP] Trading cryptocurrencies carries a high level of risk and may not be suitable for all investors.

[DROP] Edited by Daniel Okafor.

[DROP] Daily Debrief Newsletter: Start every day with the top news stories right now, plus original features, a podcast, videos and more.

[DROP] Disclosure & Policies: CoinHarbor is an award-winning media outlet that covers the cryptocurrency industry. Its journalists abide by a strict set of editorial policies.
''', disclosure='This article does not contain investment advice or recommendations. Every investment and trading move involves risk, and readers should conduct their own research when making a decision.'))

A.append(dict(t='biz', title='Target-date funds are getting cheaper. Are they getting better?', dek='Fees have fallen by half in a decade, but the funds still differ more than most savers realize.', author='Graham Pettit', date='2026-11-30', tickers=[], body='''
Target-date funds, which shift from stocks to bonds as an investor approaches retirement, now hold more than $4 trillion in U.S. retirement accounts. They are the default option in most workplace plans, which means millions of savers own one without ever having chosen it.

The good news is that they have become much cheaper. The average asset-weighted expense ratio has fallen to about 0.29%, from 0.59% ten years ago, according to fund-research firm Ledgerline.

## The glide path matters more than the fee

What most savers do not realize is how much funds with the same target year can differ. Two 2040 funds can hold anywhere from 55% to 80% in stocks today, depending on how aggressive their managers are.

| Fund family | 2040 fund stock allocation | Expense ratio
| Family A | 78% | 0.12%
| Family B | 69% | 0.08%
| Family C | 61% | 0.45%

"Picking a target-date fund is really picking a glide path," said Ursula Beck, a retirement researcher at Ledgerline. "The fee is the easy part to compare, so it's the part everyone compares."

## What to check

- How much the fund holds in stocks today and at the target date.
- Whether it keeps reducing risk for years after the target date.
- What it charges, including any fees for underlying funds.

[DROP] Past performance is no guarantee of future results.

[DROP] Investing involves risk, including loss of principal.

[DROP] Note: This item first appeared in Boardroom Weekly Money, a monthly periodical offering trusted advice on saving and investing.

[DROP] The comments, opinions, and analyses expressed on Boardroom Weekly are for informational purposes only. Read our warranty and liability disclaimer for more info.
''', disclosure='', contributor='Graham Pettit writes about personal finance and retirement.'))
