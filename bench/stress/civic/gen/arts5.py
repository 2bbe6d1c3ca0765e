from arts4 import A
# ---------- EurekAlert-like (4) ----------
A.append(dict(tpl='eureka', site='SciWire', domain='www.sciwire.example.org', inst='Pellham University Medical Center',
 title='Daily walking linked to slower memory decline in adults over 70', kind='News Release', date='2026-12-03', datel='3-Dec-2026',
 body=[('p','Older adults who walked at least 6,000 steps a day showed slower declines in memory over five years than those who walked less, according to a study by researchers at Pellham University Medical Center.'),
 ('p','The study followed 2,184 adults aged 70 to 89 who wore activity trackers for one week every six months. Participants also took memory and thinking tests at the start of the study and every year after.'),
 ('p','After accounting for age, education, health conditions and other factors, the researchers found that participants in the highest step group declined on memory tests about 40 percent more slowly than those in the lowest group. The benefit leveled off above about 8,000 steps a day.'),
 ('p','"We cannot say from this kind of study that walking causes the slower decline, but the association was strong and held up in every way we looked at it," said Dr. Wilhelmina Achebe-Strand, professor of neurology and the study\'s lead author. "Walking is free, it is safe for most older adults, and it has many other benefits."'),
 ('p','The team is now planning a randomized trial in which some participants will receive coaching to increase their daily steps.'),
 ('p','The study was funded by the National Institute on Healthy Aging and the Marlow Foundation.')],
 meta={'Journal':'Journal of Aging and Cognition','DOI':'10.5555/jac.2026.11842','Method of Research':'Observational study','Subject of Research':'People','Article Title':'Daily step count and five-year memory trajectories in adults aged 70 and older','Article Publication Date':'2-Dec-2026','COI Statement':'The authors declare no competing interests.'},
 contact=('Nadia Pereira-Holt','Pellham University Medical Center','npholt@pellham.example.edu','Office: 555-0149')))

A.append(dict(tpl='eureka', site='SciWire', domain='www.sciwire.example.org', inst='Marisco Institute for Ocean Science',
 title='Seagrass meadows store more carbon in cold waters than thought', kind='News Release', date='2026-11-28', datel='28-Nov-2026',
 body=[('p','Seagrass meadows in cold northern waters bury carbon in their sediments at nearly twice the rate previously estimated, a new study from the Marisco Institute for Ocean Science has found.'),
 ('p','Researchers collected sediment cores from 52 eelgrass meadows along the coasts of Norway, Iceland, Scotland and eastern Canada. By dating the layers in each core, they calculated how much carbon had been buried each year over the past century.'),
 ('p','The average burial rate was 48 grams of carbon per square meter per year, compared with global estimates of about 27 grams that are based largely on tropical and temperate meadows.'),
 ('p','"Cold water slows down the bacteria that break down dead plant material, so more of it ends up stored in the mud," said Dr. Sigrun Thorvaldsen, a marine ecologist at Marisco and the paper\'s first author. "That means protecting these northern meadows may be more valuable for the climate than we realized."'),
 ('p','The authors caution that many northern meadows are shrinking because of warming water, coastal development and declining water clarity. When a meadow is lost, some of the carbon stored in its sediments can be released.'),
 ('p','This work was supported by the Nordic Blue Carbon Initiative and the Marisco Institute\'s endowment.')],
 meta={'Journal':'Estuarine Carbon Research','DOI':'10.5555/ecr.2026.0931','Method of Research':'Experimental study','Subject of Research':'Not applicable','Article Title':'High carbon burial rates in boreal and subarctic seagrass meadows','Article Publication Date':'26-Nov-2026','Funder':'Nordic Blue Carbon Initiative'},
 contact=('Ola Brekke','Marisco Institute for Ocean Science','press@marisco.example.no','Office: +47 5550 2210')))

A.append(dict(tpl='eureka', site='SciWire', domain='www.sciwire.example.org', inst='Arden College of Agriculture',
 title='Intercropping beans with maize cut pest damage by half in field trials', kind='News Release', date='2026-12-01', datel='1-Dec-2026',
 body=[('p','Planting climbing beans between rows of maize reduced damage from the fall armyworm by 52 percent in three years of field trials in Kenya and Malawi, researchers from Arden College of Agriculture report.'),
 ('p','The fall armyworm, a caterpillar native to the Americas, arrived in Africa in 2016 and has since spread across the continent, destroying as much as a fifth of the maize harvest in some regions. Many smallholder farmers cannot afford pesticides.'),
 ('h2','Fewer moths, more predators'),
 ('p','The researchers found two reasons for the drop in damage. Female moths laid fewer eggs in plots where the maize was mixed with beans, possibly because the beans changed the scent of the field. And the mixed plots had more spiders, earwigs and predatory wasps that feed on the caterpillars.'),
 ('p','Maize yields in the intercropped plots were about 8 percent lower than in plots planted with maize alone, but the farmers also harvested beans. When the value of both crops was counted, the intercropped plots earned 31 percent more per hectare.'),
 ('p','"This is not a new practice. Farmers in the region have grown beans with maize for generations," said Professor Wanjiru Kamau-Ellis, who led the study. "What we have done is measure how well it protects against a pest that did not exist here when those practices developed."')],
 meta={'Journal':'Field Crops and Society','DOI':'10.5555/fcs.2026.2207','Method of Research':'Experimental study','Subject of Research':'Not applicable','Article Title':'Maize-bean intercropping reduces fall armyworm infestation in smallholder systems','Article Publication Date':'30-Nov-2026'},
 contact=('Tobias Renner','Arden College of Agriculture','t.renner@arden.example.ac.uk','Office: +44 1632 555 071')))

A.append(dict(tpl='eureka', site='SciWire', domain='www.sciwire.example.org', inst='Kestrel Observatory Consortium',
 title='Astronomers spot a planet orbiting inside the habitable zone of a nearby red dwarf', kind='Announcement', date='2026-12-04', datel='4-Dec-2026',
 body=[('p','An international team of astronomers has found a planet about 1.3 times the mass of Earth orbiting within the habitable zone of a red dwarf star 19 light-years away, the Kestrel Observatory Consortium announced today.'),
 ('p','The planet, designated Corvin 412 b, completes an orbit every 23 days. Because its star is much cooler and dimmer than the Sun, that close orbit places it in the range of distances where liquid water could exist on its surface, if it has an atmosphere.'),
 ('p','The team detected the planet by measuring tiny wobbles in the star\'s motion with a high-precision spectrograph over more than 400 nights between 2021 and 2026.'),
 ('p','"Red dwarfs are the most common stars in the galaxy, and this one is quiet, without the frequent flares that might strip away a planet\'s atmosphere," said Dr. Hyun-woo Bannerman, who led the analysis. "That makes it one of the best targets we know of for future telescopes that will look for atmospheres."'),
 ('p','The planet does not pass in front of its star as seen from Earth, so its size cannot be measured directly. The team estimates that it is probably rocky.')],
 meta={'Journal':'Astronomy and Planetary Letters','DOI':'10.5555/apl.2026.77310','Method of Research':'Observational study','Subject of Research':'Not applicable','Article Title':'A temperate Earth-mass planet around the nearby M dwarf Corvin 412','Article Publication Date':'4-Dec-2026'},
 contact=('Maren Solvik','Kestrel Observatory Consortium','press@kestrel-obs.example.org','Cell: +34 555 210 448')))

# ---------- Research institute (2) ----------
A.append(dict(tpl='institute', site='Ridgeline Institute for Energy Research', domain='www.ridgeline.example.org',
 title='Ridgeline researchers test sodium batteries for grid storage in extreme cold', date='2026-12-02', datel='December 2, 2026',
 body=[('p','Researchers at the Ridgeline Institute for Energy Research have completed a winter-long field test of sodium-ion batteries at a utility substation in northern Minnesota, where temperatures fell to minus 38 degrees Celsius.'),
 ('p','The 2-megawatt-hour system kept 91 percent of its rated capacity on the coldest days without any external heating, compared with about 70 percent for lithium-ion batteries of a similar size tested at the same site in an earlier study.'),
 ('p','"Heating a battery enclosure in the winter can use up a noticeable share of the energy the battery is storing," said Ridgeline senior engineer Margit Osei-Lundgren. "If you do not need to heat it, the economics of storage in cold places look very different."'),
 ('p','Sodium-ion batteries use materials that are cheaper and more widely available than lithium, but they store less energy per kilogram. That makes them less suitable for electric cars but a good fit for stationary storage, where weight matters less.'),
 ('p','The field test was carried out with the Arrowhead Electric Cooperative. The full results are published in a technical report available on the Institute\'s website, along with the data collected by the test system.')],
 extra_box='Funding for this research was provided by the Office of Grid Reliability under award number GR-0041872.'))

A.append(dict(tpl='institute', site='Bellweather Centre for Public Health Research', domain='www.bellweather.example.org',
 title='Heat alerts linked to fewer hospital admissions among older adults, study finds', date='2026-11-26', datel='26 November 2026',
 body=[('p','Hospital admissions for heat-related illness among people over 75 fell by 18 per cent on days when a public heat alert was in force, compared with equally hot days before alerts were introduced, according to research from the Bellweather Centre for Public Health Research.'),
 ('p','The study examined admissions in 14 cities between 2010 and 2025. Heat alerts, which are issued when forecast temperatures pass a local threshold, were introduced in the cities at different times, allowing the researchers to compare similar days with and without alerts.'),
 ('p','The largest reductions were in cities where alerts triggered active outreach, such as phone calls to people registered as vulnerable and extended opening hours at cooling centres. In cities where alerts were only posted online and broadcast, the effect was smaller and not statistically significant.'),
 ('p','"An alert on its own is just a message," said Dr. Fenella Oduya, who led the study. "What seems to make the difference is whether someone follows it up by checking on the people most at risk."'),
 ('p','The Centre recommends that cities without outreach programmes consider adding them before next summer.')],
 extra_box=None))

# ---------- UN agency / NGO (3) ----------
A.append(dict(tpl='ngo', site='World Food Resilience Programme', short='WFRP', domain='www.wfrp.example.org',
 title='WFRP scales up food assistance as floods displace 400,000 in the Sahel', date='2026-12-03', datel='3 December 2026', place='DAKAR',
 body=[('p','DAKAR – The World Food Resilience Programme (WFRP) is scaling up emergency food assistance for 400,000 people displaced by severe flooding across four countries in the Sahel, where rivers have risen to their highest levels in 30 years.'),
 ('p','Weeks of heavy rain have submerged villages, washed away stored grain and destroyed more than 260,000 hectares of crops just before harvest. Many families have lost both their homes and their food stocks for the coming year.'),
 ('p','"These families were already struggling after two poor harvests. Now they have lost the little they had," said WFRP Regional Director for West Africa Aminata Diallo-Kessler. "We need to reach them quickly, before the lean season begins in a few months."'),
 ('p','WFRP is distributing ready-to-eat food and cash transfers in accessible areas and using boats to reach communities cut off by the water. The agency is also providing specialized nutritious foods to prevent malnutrition among young children and pregnant and breastfeeding women.'),
 ('p','WFRP urgently requires US$46 million to sustain its response for the next six months.')],
 notes='WFRP\'s emergency response is part of a joint plan with national governments and other humanitarian agencies. Photos and video are available on request.',
 about='The World Food Resilience Programme is a humanitarian organization working to save lives in emergencies and build resilience to food insecurity in 70 countries.',
 contact='For more information, please contact:\nMoussa Traoré, WFRP/Dakar, +221 55 555 0139, moussa.traore@wfrp.example.org\nHelena Voigt, WFRP/Geneva, +41 55 555 0162'))

A.append(dict(tpl='ngo', site='Global Alliance for Clean Cookstoves and Health', short='GACCH', domain='www.gacch.example.org',
 title='Survey finds clean cooking access stalled in 31 countries', date='2026-11-27', datel='27 November 2026', place='NAIROBI',
 body=[('p','NAIROBI – Progress toward clean cooking has stalled in 31 low- and middle-income countries, where the share of households using clean fuels and stoves has barely changed since 2022, according to a new survey by the Global Alliance for Clean Cookstoves and Health.'),
 ('p','The survey of 96,000 households found that 2.1 billion people still cook mainly with wood, charcoal, dung or kerosene, which produce smoke linked to an estimated 3 million premature deaths each year. Women and children, who spend the most time near the fire, are most affected.'),
 ('p','The main barriers reported by households were the cost of liquefied petroleum gas and electric cookers, unreliable fuel supply, and the lack of financing to buy a new stove.'),
 ('h3','Key findings'),
 ('ul',['In sub-Saharan Africa, only 19 per cent of rural households use a clean cooking fuel.','Households that received a one-time stove subsidy were still using it three years later in 78 per cent of cases.','Pay-as-you-go gas meters doubled adoption in urban areas where they were offered.']),
 ('p','"The technology exists and people want it," said Executive Director Farida Mwangi-Lowe. "What is missing is financing that fits the way poor households earn and spend money."')],
 notes='The full report, Cooking Without Smoke 2026, is available on the Alliance\'s website. Country data tables are provided in an annex.',
 about='About the Alliance: The Global Alliance for Clean Cookstoves and Health is a public-private partnership working to save lives and protect the environment by expanding access to clean cooking.',
 contact='For more information, contact:\nJoseph Kiprono, Communications Manager\njkiprono@gacch.example.org | +254 55 555 0177'))

A.append(dict(tpl='ngo', site='United Nations Office for Urban Development', short='UNOUD', domain='www.unoud.example.org',
 title='New report: one in four city residents lives in informal housing', date='2026-12-05', datel='5 December 2026', place='NEW YORK',
 body=[('p','NEW YORK, 5 December 2026 – Nearly one in four people living in cities worldwide now lives in informal settlements, according to the State of Urban Housing 2026 report launched today by the United Nations Office for Urban Development (UNOUD).'),
 ('p','The report estimates that 1.2 billion people live in informal housing, an increase of 140 million since 2020. Most of the growth has been in fast-growing cities in South Asia and sub-Saharan Africa, where housing construction has not kept pace with migration from rural areas.'),
 ('p','Residents of informal settlements are more likely to lack clean water, sanitation and secure tenure, and are more exposed to floods and heat. The report found that in 40 per cent of the cities studied, informal settlements were located in areas at high risk of flooding.'),
 ('p','"Informal settlements are not a failure of the people who live in them. They are what happens when cities do not plan for the people who are coming," said UNOUD Executive Director Carmen Iturbide-Walsh. "Upgrading these neighbourhoods, not clearing them, is the way forward."'),
 ('p','The report calls on governments to give residents of informal settlements secure rights to their land, to invest in basic services in existing settlements, and to set aside land for affordable housing in city expansion plans.')],
 notes='The State of Urban Housing 2026 report is available in English, French and Spanish. Regional briefs are available for Africa, Asia-Pacific and Latin America.',
 about=None,
 contact='For more information, contact:\nUNOUD Media Unit, New York: media@unoud.example.org\nTel: +1 212 555 0193'))
print(len(A))
