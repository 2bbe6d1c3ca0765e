from arts2 import A
# ---------- Police (4) ----------
A.append(dict(tpl='police', site='Harwick Police Department', domain='harwickpd.example.org',
 title='Police Seek Public\'s Help Identifying Suspect in Convenience Store Robbery', date='2026-12-04', datel='December 4, 2026',
 case='Case number: 26-018344',
 body=[('p','The Harwick Police Department is asking for the public\'s help identifying a man who robbed the Quik Stop convenience store in the 1900 block of Lantern Road early Wednesday morning.'),
 ('p','At about 2:15 a.m. on December 3, officers were called to the store after the clerk reported that a man had shown a handgun and demanded money from the register. The suspect left on foot heading north toward Birchwood Park with an undisclosed amount of cash. The clerk was not injured.'),
 ('p','The suspect is described as:'),
 ('ul',['A white or Hispanic male, 25 to 35 years old','About 5 feet 10 inches tall with a thin build','Wearing a gray hooded sweatshirt, black pants and white sneakers with a red logo','A dark face covering over his nose and mouth']),
 ('p','Detectives believe the same man may be responsible for a similar robbery at a gas station on Pell Avenue on November 22.'),
 ('p','Anyone with information about this incident or who recognizes the man in the surveillance images is asked to call Detective Sgt. Marcus Delacroix at 555-0170, extension 4. Tips can also be left anonymously with Harwick Area Crime Stoppers at 555-0111, and tipsters may be eligible for a cash reward of up to $1,000.')],
 fig=[(3,'Surveillance images of the suspect released by the Harwick Police Department.')]))

A.append(dict(tpl='police', site='Corliss County Sheriff\'s Office', domain='corlisssheriff.example.gov',
 title='Two Arrested After Multi-County Catalytic Converter Theft Investigation', date='2026-12-02', datel='December 2, 2026',
 case='Case No. CCSO-2026-07712',
 body=[('p','Corliss County Sheriff\'s detectives have arrested two men in connection with the theft of more than 60 catalytic converters from vehicles in Corliss, Haverly and Dunmore counties since August.'),
 ('p','Jared Allan Pettigrew, 29, of Fenton, and Corey Dale Muncy, 33, of Haverly, were taken into custody on Monday after deputies served search warrants at two homes and a storage unit. Detectives recovered 41 catalytic converters, battery-powered saws, and a notebook that appeared to list sale prices.'),
 ('p','Pettigrew is charged with 18 counts of theft and one count of engaging in organized criminal activity. Muncy is charged with 11 counts of theft and one count of possession of stolen property. Both are being held at the Corliss County Detention Center. Additional charges are expected.'),
 ('p','"This case came together because victims reported the thefts and neighbors shared doorbell camera video with us," said Sheriff Adelina Voss. "I want to thank our partners in Haverly and Dunmore counties, who worked with our detectives from the first week."'),
 ('p','The Sheriff\'s Office reminds vehicle owners to park in well-lit areas or garages when possible and to consider having the converter engraved with the vehicle identification number.'),
 ('p','Anyone who believes they were a victim and has not yet filed a report is asked to contact the Sheriff\'s Office Property Crimes Unit at 555-0183. Anyone with additional information about the case is asked to call the same number.'),
],
 tail='All suspects are presumed innocent until proven guilty in a court of law.', fig=[]))

A.append(dict(tpl='police', site='Port Ellery Police', domain='portellerypolice.example.org',
 title='Missing Teen Located Safe', date='2026-11-30', datel='November 30, 2026',
 case='Incident #2026-44120',
 body=[('p','UPDATE (Nov. 30, 4:40 p.m.): Kaylee Brandt has been located safe and reunited with her family. The Port Ellery Police Department thanks the community and the media for sharing this information.'),
 ('p','ORIGINAL RELEASE (Nov. 29): The Port Ellery Police Department is asking for help finding 15-year-old Kaylee Brandt, who was last seen leaving her home in the 300 block of Quarry Street at about 7 p.m. on Friday, November 28.'),
 ('p','Kaylee is 5 feet 4 inches tall, about 120 pounds, with shoulder-length brown hair and brown eyes. She was last seen wearing a black puffer jacket, blue jeans and white boots, and carrying a purple backpack.'),
 ('p','Her family says it is unusual for her to be out of contact, and she does not have her phone with her.'),
 ('p','Anyone who has seen Kaylee or knows where she might be is asked to call 911 or the Port Ellery Police non-emergency line at 555-0130.')],
 fig=[(1,'Kaylee Brandt')]))

A.append(dict(tpl='police', site='Metro Danforth Police Service', domain='mdps.example.ca',
 title='Fatal Collision on Highway 44 Near Kinsale Road', date='2026-12-05', datel='Friday, December 5, 2026 - 11:20',
 case='Occurrence: 2026-DT-031199',
 body=[('p','Metro Danforth Police Service traffic investigators are looking for witnesses to a two-vehicle collision that killed one man and seriously injured another on Highway 44 on Thursday evening.'),
 ('p','At about 6:50 p.m. on December 4, a southbound pickup truck and a northbound sedan collided head-on on Highway 44 just south of Kinsale Road. The driver of the sedan, a 47-year-old man from Ardmore, was pronounced dead at the scene. The driver of the pickup, a 23-year-old man from Danforth, was taken to hospital with serious injuries.'),
 ('p','The highway was closed for about six hours while the Traffic Reconstruction Unit examined the scene. The cause of the collision is under investigation. Road conditions at the time were wet.'),
 ('p','The name of the deceased is not being released at the request of his family.'),
 ('p','Investigators are asking anyone who witnessed the collision or who has dashcam video of the area between 6:30 p.m. and 7 p.m. to contact the Traffic Services Unit at 555-0155, extension 2. Anonymous information can be submitted to Crime Stoppers at 1-800-555-8477.')],
 fig=[]))

# ---------- Fire (2) ----------
A.append(dict(tpl='fire', site='Calder Valley Fire Rescue', domain='caldervalleyfire.example.org',
 title='Crews Contain Two-Alarm Apartment Fire on Wexley Street; 18 Residents Displaced', date='2026-12-03', datel='December 3, 2026',
 body=[('p','Calder Valley Fire Rescue crews contained a two-alarm fire at a three-story apartment building in the 600 block of Wexley Street on Tuesday night. Eighteen residents were displaced, and one firefighter was treated for a minor hand injury.'),
 ('p','The first engine arrived at 9:42 p.m. and found heavy smoke coming from a second-floor unit. Crews searched the building and helped six residents down an interior stairway while a second crew attacked the fire. A second alarm was called at 9:51 p.m. to bring additional crews for ventilation and overhaul.'),
 ('p','The fire was declared under control at 10:24 p.m. It was contained to the unit where it started, but smoke and water damaged eight other units. The building\'s owner is working with residents, and the Red Cross is assisting 11 adults and seven children with temporary housing.'),
 ('p','Fire investigators determined that the fire was accidental and started in a bedroom where a power strip had been overloaded with several space heaters and chargers.'),
 ('h3','Safety reminder'),
 ('p','Space heaters should always be plugged directly into a wall outlet, never into a power strip or extension cord. Keep heaters at least three feet from beds, curtains and furniture, and turn them off when you leave the room or go to sleep.'),
 ('p','Fire Chief Leona Brightwater credited working smoke alarms for alerting residents early. "Every family in that building got out because the alarms went off when the fire was still small," she said.')],
 fig=[(1,'Firefighters work from a ladder at the Wexley Street fire. Photo: CVFR Public Information Office')]))

A.append(dict(tpl='fire', site='Hessel Township Fire Department', domain='hesselfire.example.org',
 title='Fire Department Receives Grant for New Rescue Boat', date='2026-11-24', datel='November 24, 2026',
 body=[('p','The Hessel Township Fire Department has received a $148,000 federal grant to replace its 22-year-old rescue boat, which is used for water rescues on Lake Tamsin and the Grell River.'),
 ('p','The new boat will have a shallow-draft hull that can operate in flooded streets and fast-moving river water, a bow ramp for bringing patients aboard, and sonar for searching the lake bottom. The township will contribute $14,800, or ten percent of the cost, from its equipment reserve.'),
 ('p','The department responded to 31 water-related calls last year, including 9 rescues on the river during the April flood. The current boat broke down twice during that flood.'),
 ('p','"Our members train all year for water rescue, and this grant gives them a boat they can count on," said Chief Tobias Lindqvist. "We are grateful to the township board for supporting the application."'),
 ('p','The boat is expected to arrive in the spring and be in service before the summer boating season.')],
 fig=[]))

# ---------- Court (2) ----------
A.append(dict(tpl='court', site='Superior Court of Alder County', domain='aldercourts.example.gov',
 title='Court to Launch Evening Hours for Traffic and Small Claims Matters', date='2026-12-01', datel='December 1, 2026',
 body=[('p','The Superior Court of Alder County will begin holding evening sessions for traffic and small claims matters on January 6, Presiding Judge Celestine Okafor-Wray announced today.'),
 ('p','Evening sessions will be held on Tuesdays and Thursdays from 5 p.m. to 8 p.m. at the Northgate Courthouse. Litigants can ask to have a case scheduled for an evening session when they file or by contacting the clerk\'s office at least ten days before their hearing date.'),
 ('p','"Many people who come to court on a traffic ticket or a small claim cannot take a day off work without losing pay," Judge Okafor-Wray said. "Evening hours let them take care of their case without choosing between their job and their day in court."'),
 ('p','The court ran a pilot of evening sessions from June to September. During the pilot, the rate of people who failed to appear for their hearing fell from 19 percent to 8 percent for cases heard in the evening.'),
 ('p','Self-help center staff will be available during evening sessions to answer questions about forms and procedures. Interpreters can be requested in advance.')],
 case=None))

A.append(dict(tpl='court', site='Supreme Court of the State of Westmark', domain='courts.westmark.example.gov',
 title='Supreme Court Issues Opinion in Westmark Water District v. Fallon', date='2026-12-04', datel='December 4, 2026',
 body=[('p','The Supreme Court of the State of Westmark today issued its opinion in Westmark Water District v. Fallon, No. S-2025-0418, holding that a water district may not charge property owners a connection fee that exceeds the reasonable cost of providing the connection.'),
 ('p','The case arose after the Westmark Water District charged a fee of $22,000 to connect a newly built home to the district\'s system. The homeowners, Ellis and Marguerite Fallon, argued that the fee was an unauthorized tax because it was set to pay for a new reservoir that would serve the whole district. The trial court ruled for the district, and the Court of Appeals reversed.'),
 ('p','In a 5-2 decision written by Justice Harriet Okonkwo-Bell, the Supreme Court affirmed the Court of Appeals. The majority held that the fee must bear a reasonable relationship to the cost of serving the new connection, and that the district had not shown such a relationship for the portion of the fee tied to the reservoir.'),
 ('p','Justice Roland Tisdale wrote a dissenting opinion, joined by Justice Amara Lind, concluding that the state\'s water code gave districts broad authority to set connection charges that account for future system capacity.'),
 ('p','The case was remanded to the trial court to determine the amount of the refund owed to the Fallons.'),
 ('p','The full opinion is available on the court\'s opinions page. The court does not comment on its opinions beyond what is written in them.')],
 case='Case No. S-2025-0418'))
