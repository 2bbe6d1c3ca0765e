"""Original discussion threads for bench/stress/forums (written for this project; invented people and places).

THREADS: title, then posts; a post is (user, [paragraphs], quote) where quote is None or (index of the quoted
post, the quoted text as the reply prints it).  Every thread carries one body sentence that opens like page
furniture ("Reply to …", "Quote of …", "Report cards …", "Joined …", "Share of …", "Similar …")."""

THREADS = [
    dict(title='Outboard stalls after ten minutes at half throttle', posts=[
        ('harbour_pete', ['I have a 2004 fifteen horsepower four-stroke on a small aluminium skiff. It starts on the second pull, idles happily for as long as I like, and then stalls after about ten minutes once I open it up to half throttle.',
                          'I have already replaced the spark plug and cleaned the carburettor bowl. The fuel in the tank is from last month. Has anyone seen this pattern before?'], None),
        ('kelpie_rigging', ['Ten minutes is about how long it takes to drain the float bowl if fuel is not getting through fast enough. I would look at the tank vent first. If the vent screw on the cap is closed, the tank pulls a vacuum and the engine starves.',
                            'Reply to this with what the primer bulb looks like when it stalls. If it is flat and hard to squeeze, that is your answer.'], None),
        ('harbour_pete', ['You were right about the bulb. It was squashed flat when the engine died, and the vent screw was only open half a turn.'], (1, 'If the vent screw on the cap is closed, the tank pulls a vacuum and the engine starves.')),
        ('old_tiller', ['Worth replacing the fuel line while you are at it. The inner lining on those older hoses breaks down and can collapse under suction even with the vent open. A new line and bulb cost less than a tank of fuel.'], None),
    ]),
    dict(title='Blight on the tomatoes again, third year running', posts=[
        ('marrow_grower', ['Third summer in a row the tomatoes on plot 14 have gone brown from the bottom leaves up by the end of July. I rotate the beds and burn the old haulm every autumn, so I do not think it is coming from the soil.',
                           'Share of the blame probably goes to the wet weather, but the plots either side of mine are fine. Is it worth trying a resistant variety, or should I move tomatoes into the greenhouse altogether?'], None),
        ('broadbean_betty', ['Bottom leaves first sounds more like early blight than the late kind. Early blight lives on in stakes and canes, not only in the soil, so wash or replace your canes and mulch under the plants so rain cannot splash spores up.'], None),
        ('plot_seven', ['We moved ours under cover four years ago and have not lost a plant since. Keep the greenhouse doors open on warm nights, though. Stagnant damp air is just as bad as rain.',
                        'Quote of the season from our committee chair: a tomato wants its feet warm and its head dry.'], (0, 'Is it worth trying a resistant variety, or should I move tomatoes into the greenhouse altogether?')),
        ('marrow_grower', ['Thanks both. New canes ordered, and I will split the plants between the greenhouse and the plot this year and see which does better.'], None),
    ]),
    dict(title='Clunk from the front left over speed bumps', posts=[
        ('diesel_dana', ['My 2011 estate has developed a dull clunk from the front left corner, only over speed bumps and only at low speed. It does not happen on rough roads at speed and the steering feels normal.',
                         'The garage checked the ball joints and said they are fine. I am wondering about the drop links before I spend more money on a diagnosis.'], None),
        ('spanner_rick', ['Drop links are the usual culprit on that platform, especially the left one, which sits closer to the exhaust heat. Grab the link with the car on its wheels and twist it. Any play at all and it is worn.'], None),
        ('gearhead_ola', ['Also check the top mount. A worn top mount bearing gives exactly that dull clunk over bumps, and the garage would not see it on a ball joint check.',
                          'Joined the forum only last week because I had the same noise on the same car. In my case it was the top mount, not the links.'], (1, 'Drop links are the usual culprit on that platform, especially the left one')),
        ('diesel_dana', ['It was the drop link after all. There was a good millimetre of play when I twisted it. Fitted a new pair this morning and the clunk has gone.'], None),
    ]),
    dict(title='Queen cells in May: split now or wait?', posts=[
        ('heather_hive', ['Inspected my strongest colony this afternoon and found six capped queen cells along the bottom of two frames. The old queen is still there and laying. The weather has been warm for a week.',
                          'I have a spare hive and frames ready. Is it too late to do an artificial swarm, or have they already made up their minds?'], None),
        ('waxmoth_will', ['Capped cells mean the swarm could leave any day, usually on the first fine morning after the cells are sealed. Do the split today if you can. Move the old queen with a frame of brood into the new box on the old site and leave the cells with the flying bees gone.'], None),
        ('apis_anne', ['Similar situation here last year and I waited a day too long. Half the bees ended up in my neighbour\'s hedge. Do it now, and knock down all but two good open cells in the queenless half.'], (1, 'Do the split today if you can.')),
        ('heather_hive', ['Done this evening. Old queen is in the new box on the old stand, and I kept two cells in the original colony. Fingers crossed for good mating weather.'], None),
    ]),
    dict(title='Starter went grey and smells of nail varnish', posts=[
        ('crumb_theory', ['Back from two weeks away and my rye starter has a grey layer of liquid on top and smells strongly of nail varnish remover. It was fed right before I left and kept in the fridge.',
                          'Is it dead, or can it be brought back? I have had it for six years and would rather not start again.'], None),
        ('levain_lou', ['That liquid is just alcohol from a hungry starter. Pour it off, take a spoonful from the middle, and feed it at one part starter to five parts flour and water. Two or three feeds at room temperature and it will be rising again.'], None),
        ('bakers_dozen', ['Report cards from my own starter say the same: neglected for a month, smelled awful, back to normal by the third day. Starters are much harder to kill than people think.',
                          'Only pink or orange streaks would worry me. Grey liquid is harmless.'], (1, 'That liquid is just alcohol from a hungry starter.')),
    ]),
    dict(title='Ferry timetable change from 1 April: anyone know why?', posts=[
        ('islander_jo', ['The new timetable posted at the pier drops the 07:10 sailing on weekdays and moves the first boat to 07:45. That makes it impossible to reach the mainland for the 08:30 start at the hospital.',
                         'Has the operator said anything about why, or whether it is permanent?'], None),
        ('quay_watcher', ['It was in the minutes of last month\'s community council meeting. The operator says the early boat carried fewer than twenty passengers on most days and they need the crew hours for the summer timetable.',
                          'Reply slips for the consultation are in the shop and the library until the end of the month.'], None),
        ('nurse_kath', ['Fewer than twenty passengers, maybe, but most of us are shift workers who have no other way across. I will be filling in a slip and I would urge everyone who uses that boat to do the same.'], (1, 'the early boat carried fewer than twenty passengers on most days')),
    ]),
    dict(title='Best way to waterproof an old canvas tent?', posts=[
        ('trail_meg', ['I inherited my grandfather\'s canvas ridge tent from the seventies. The canvas is sound but water beads up for a few minutes and then soaks straight through along the seams.',
                       'Is there a reproofer that will not make the fabric stiff or smell of chemicals?'], None),
        ('canvas_carl', ['Wax-based reproofers make old cotton stiff, so I would use a water-based one and apply it to damp canvas with a wide brush. Do the seams twice. Then pitch the tent in the garden and hose it down before you trust it on a trip.'], None),
        ('dry_bag_dev', ['Also check whether it has been washed with detergent at some point. Detergent strips the natural water resistance of cotton, and no reproofer will fully fix a tent that still has soap in the weave. Rinse it well first.'], (1, 'Do the seams twice.')),
        ('trail_meg', ['Rinsed, reproofed and hosed down on Sunday. Dry inside after twenty minutes of spray. Thank you.'], None),
    ]),
    dict(title='Scanner shows lines on every page since the update', posts=[
        ('scanlon', ['Since the driver update last Tuesday, every page I scan on the flatbed has two faint vertical lines about a third of the way in. Copies printed from the same glass are clean.',
                     'I have cleaned the glass twice and rebooted. Rolling back the driver is greyed out.'], None),
        ('tech_ines', ['If printed copies are clean, the glass and the sensor are fine and it is the software. Try scanning at a different resolution. The update changed the default from 300 to 600 dpi on some models and the calibration file does not always come across.'], None),
        ('scanlon', ['Scanning at 300 dpi gives clean pages. At 600 the lines come back. So it is the calibration?'], (1, 'If printed copies are clean, the glass and the sensor are fine and it is the software.')),
        ('tech_ines', ['Yes. Run the calibration from the maintenance menu with the white sheet that came in the box, or a clean sheet of plain paper if you have lost it. It takes about two minutes.'], None),
    ]),
]

# Q&A pages: question (user, paragraphs, comments), answers (user, paragraphs, votes, accepted, comments).
QA = [
    dict(title='Why does my sourdough loaf spread flat after shaping?', q=('pan_novice', [
        'Every loaf I bake spreads into a wide flat disc in the oven, even though the dough felt tight when I shaped it. I use 75% hydration, a four-hour bulk ferment at about 24 degrees, and an overnight proof in the fridge.',
        'What should I change first?'], ['How long does your starter take to double after feeding? – levain_lou']),
         a=[('crumbshot', ['Four hours at 24 degrees is probably too long for 75% hydration with a lively starter. The gluten starts to break down and the dough loses its strength before it ever reaches the oven.',
                           'Cut the bulk to three hours, or stop when the dough has grown by about half rather than doubled. Then give it one more stretch and fold before the final shape.'], 27, True, ['This fixed it for me. Three hours and the loaf finally held its shape. – pan_novice']),
            ('rye_and_shine', ['Share of the problem may also be the flour. If it is a plain all-purpose flour with low protein, 75% is a lot of water for it. Try 68% for a few bakes and raise it slowly.'], 9, False, [])]),
    dict(title='How do I stop a cron job from running twice when the previous run is still going?', q=('ops_tamsin', [
        'A nightly backup script runs from cron at 02:00. Some nights it takes longer than a day because of a slow remote disk, and the next night\'s run starts while the first is still copying.',
        'Is there a standard way to make the second run exit if the first has not finished?'], []),
         a=[('lockwood', ['Wrap the command in flock, which ships with util-linux on most distributions. It takes a lock on a file and, with the non-blocking option, exits at once if another process already holds it.',
                          'Your crontab line then calls flock with a lock file and the script as its arguments. The lock is released automatically when the script exits, even if it crashes.'], 41, True, ['Worth adding that the lock file should live on a local disk, not the slow remote one. – ops_tamsin']),
            ('pid_pam', ['Related to flock, you can also write the process id to a file at the start and check whether that process is still alive. It is more code and easier to get wrong, so I would only do it where flock is missing.'], 6, False, []),
            ('cronjob_carl', ['If the runs can overlap because the job sometimes takes longer than the interval, it may also be worth moving to a systemd timer, which will not start a unit that is still active.'], 3, False, [])]),
    dict(title='Is it safe to paint over old lead paint on window frames?', q=('sash_sam', [
        'Our 1920s house has sash windows with several layers of old paint, and a test kit says the bottom layers contain lead. The top coat is flaking in places.',
        'Can I just sand lightly and paint over it, or does it all have to come off?'], ['Are the flakes on the inside or the outside? – glazier_gus']),
         a=[('glazier_gus', ['Painting over sound lead paint is the usual approach and is considered safe, as long as you do not create dust. The risk is in the preparation, not in the paint that stays on the wall.',
                             'Do not dry sand. Wet the surface, scrape only the loose flakes, use wet abrasive paper on the edges, and collect everything on a plastic sheet. Wear a proper mask rated for fine dust.'], 18, True, []),
            ('heritage_hal', ['Photo by photo, I documented the stripping of our own frames a few years ago, and I would not do the full strip again. It took months and filled the house with dust even with care. Overpainting is the sensible choice unless the frames are rotten.'], 5, False, ['Agreed, a full strip is a job for a specialist. – glazier_gus'])]),
]

# Mailing-list messages: subject, author, paragraphs, quoted lines (or None) with the attribution, signature.
MAIL = [
    dict(subject='Release 2.4.0 candidate ready for testing', author='Ilse Marwood', list='kestrel-devel', lines=[
        'Hi all,',
        'The first release candidate for 2.4.0 is tagged and the tarballs are on the download server. This release brings the new tile cache, the rewritten config parser and about forty bug fixes.',
        'Please test it on whatever platforms you have, especially the older ARM boards, which we could not cover in the build farm this time. Report problems on the tracker with the rc1 label.',
        'If nothing serious turns up, the final release will follow in two weeks.'], quote=None, sig='Ilse'),
    dict(subject='Re: Release 2.4.0 candidate ready for testing', author='Tomas Drey', list='kestrel-devel', lines=[
        'Built and ran the test suite on two old ARM boards and a current laptop. Everything passes on the laptop. On both ARM boards the tile cache tests fail with a timeout after about ninety seconds.',
        'Similar failures showed up in the 2.3 cycle and turned out to be the slow SD cards rather than the code, so I am rerunning with the cache on a USB disk to rule that out.'],
         quote=('On Tue, Mar 6, 2018 at 9:12 AM, Ilse Marwood wrote:', ['Please test it on whatever platforms you have, especially the older ARM boards, which we could', 'not cover in the build farm this time.']), sig='Tomas Drey\nKestrel packaging team'),
    dict(subject='Mirror in the north region going offline', author='Priya Halden', list='tidewater-users', lines=[
        'Hello,',
        'The university mirror we run for the project will go offline on the last day of the month. Our department is moving to a new building and the old machine room is being closed.',
        'We plan to bring the mirror back in the new building, but we cannot give a date yet. Until then, please point your update settings at the main server or at one of the other mirrors on the list.',
        'Thank you to everyone who has used it over the past nine years.'], quote=None, sig='Priya Halden\nSystems group, School of Earth Sciences'),
]

# A news story with a reader-comment section (counterexample: the comments stay furniture there).
NEWS = dict(title='Island residents fight plan to drop early ferry', paras=[
    'Residents of the island have gathered more than 400 signatures against a plan to cut the first weekday ferry to the mainland, saying the change would leave shift workers with no way to reach their jobs on time.',
    'The operator says the 07:10 sailing carries fewer than twenty passengers on most days and that it needs the crew hours for the busy summer season.',
    'On the island\'s online forum, one nurse wrote: the early boat is the only way most of us can start a hospital shift at half past eight. The post was shared hundreds of times within a day.',
    'Reply slips for the consultation are available in the island shop and the library until the end of the month, and the community council will present the petition at its next meeting.',
    'The operator said it would read every response before making a final decision.'],
    comments=[('quay_watcher', 'Good to see this covered. Please fill in the slips, everyone.'),
              ('mainland_mike', 'Twenty passengers a day is still twenty people who cannot get to work.')])
