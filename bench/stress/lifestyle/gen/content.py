ARTICLES = []
def A(**k): ARTICLES.append(k)

# 01 recipe astra
A(tpl='astra', nav='food', site='Butter & Thyme', author='Hannah Ostrowski', date='2026-11-28', title='Brown Butter Pumpkin Bread with Maple Glaze',
  deck='A tender, nutty pumpkin loaf with a crackly maple glaze.', tags=['pumpkin', 'quick bread', 'fall baking'],
  disclosure='This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Read my full disclosure policy.',
  bio='Hannah is a former pastry cook who now bakes from a drafty farmhouse in Wisconsin.',
  comments=[('Lorraine K.', 'Five stars! The brown butter makes all the difference.'), ('Tomasz', 'Mine sank a little in the middle. Oven runs cool I think.'), ('Hannah Ostrowski', 'Tomasz, an oven thermometer is the best ten dollars you will ever spend!')],
  card=dict(name='Brown Butter Pumpkin Bread', rating='4.92', votes=148, summary='Moist pumpkin bread made with nutty browned butter, warm spices and a simple maple glaze.',
    times=[('Prep Time', '20 minutes'), ('Cook Time', '1 hour 5 minutes'), ('Total Time', '1 hour 25 minutes')], serves='10 slices',
    ingredients=[('For the bread', ['1/2 cup unsalted butter', '1 3/4 cups all-purpose flour', '1 teaspoon baking soda', '1/2 teaspoon fine salt', '2 teaspoons pumpkin pie spice', '1 can (15 ounces) pumpkin puree', '3/4 cup packed light brown sugar', '2 large eggs']),
                 ('For the maple glaze', ['1 cup powdered sugar', '3 tablespoons pure maple syrup', '1 pinch flaky salt'])],
    steps=['Heat the oven to 350°F and line a 9x5-inch loaf pan with parchment.', 'Melt the butter in a light-coloured pan over medium heat, swirling, until it smells nutty and the solids turn deep golden, about 6 minutes. Pour into a large bowl and cool for 10 minutes.', 'Whisk the flour, baking soda, salt and spice in a second bowl.', 'Whisk the pumpkin, brown sugar and eggs into the brown butter until smooth, then fold in the dry ingredients until no streaks remain.', 'Scrape into the pan and bake for 60 to 70 minutes, until a skewer comes out with a few moist crumbs.', 'Cool completely, whisk the glaze ingredients together and spoon over the top. Let it set for 20 minutes before slicing.'],
    notes=['The loaf keeps for four days wrapped at room temperature, or three months in the freezer without the glaze.', 'For a dairy-free version, use refined coconut oil and skip the browning step.'],
    nutrition=[('Calories', '312kcal'), ('Carbohydrates', '48g'), ('Protein', '4g'), ('Fat', '11g'), ('Sugar', '31g')], course='Breakfast', cuisine='American', keywords=['pumpkin bread']),
  tail='<p class="wprm-recipe-snippet-note"><em>Did you make this recipe? Leave a star rating in the comments below and tag me on Instagram!</em></p>',
  body='''
Every October my kitchen turns into a pumpkin bread test lab, and every October I end up back at this loaf. It is the one my neighbours ask for by name, and the one I bring to every potluck between Halloween and Thanksgiving.
The secret is browning the butter first. It takes six extra minutes and turns an ordinary quick bread into something that tastes of toffee and toasted nuts.
IMG: A sliced loaf of pumpkin bread on a wooden board with a jug of glaze beside it.
## Why you'll love this recipe
- **One bowl, no mixer.** Everything is stirred by hand with a whisk and a spatula.
- **It stays moist for days.** The pumpkin and brown sugar keep the crumb tender well past day three.
- **The glaze is optional.** Skip it for a breakfast loaf, add it for dessert.
AD
## Ingredient notes
**Pumpkin puree.** Use plain canned pumpkin, not pumpkin pie filling, which is already sweetened and spiced. If you roast your own, drain it in a sieve for an hour so the loaf is not gummy.
**Brown sugar.** Light brown sugar gives a gentle caramel flavour. Dark brown sugar works but makes the loaf a little denser.
**Spice.** I use a store-bought pumpkin pie spice. You can make your own with cinnamon, ginger, nutmeg and a little clove.
REL: My favourite cinnamon swirl banana bread
## How to brown butter
Use a pan with a light-coloured bottom so you can watch the colour change. The butter will foam, then go quiet, and then small brown flecks will appear on the bottom. As soon as it smells like hazelnuts, take it off the heat and pour it into your mixing bowl, scraping in every brown bit. That is where the flavour lives.
NL
## Tips for the best pumpkin bread
Do not overmix once the flour goes in. Stop as soon as you no longer see dry streaks.
Check the loaf early. Ovens vary, and a loaf pan made of glass bakes faster than a metal one.
Let it cool completely before glazing, or the glaze will melt and soak in instead of setting into a crackly shell.
AD
## Can I make muffins?
Yes. Divide the batter between 12 lined muffin cups and bake for 20 to 24 minutes. Dip the tops in the glaze once they are cool.
CARD
''')

# 02 recipe gp tasty
A(tpl='gp', nav='food', site='Weeknight Table', author='Priya Raman', date='2026-12-01', title='30-Minute Coconut Chickpea Curry',
  deck='Pantry staples, one pot and dinner on the table in half an hour.', tags=['curry', 'vegan', 'one pot'],
  disclosure='This post contains affiliate links, which means I may earn a small commission if you make a purchase, at no extra cost to you.',
  bio='Priya develops quick vegetarian recipes for busy households and teaches community cooking classes in Leicester.',
  card=dict(name='Coconut Chickpea Curry', rating='4.8', votes=63, summary='A creamy, mildly spiced chickpea curry made from pantry staples in about 30 minutes.',
    times=[('Prep Time', '10 minutes'), ('Cook Time', '20 minutes'), ('Total Time', '30 minutes')], serves='4 servings',
    ingredients=[('', ['2 tablespoons coconut oil', '1 large onion, finely chopped', '3 garlic cloves, grated', '1 tablespoon grated ginger', '2 tablespoons mild curry powder', '1 teaspoon ground cumin', '1 can (14 ounces) chopped tomatoes', '2 cans (15 ounces each) chickpeas, drained', '1 can (13.5 ounces) coconut milk', '2 large handfuls baby spinach', 'Juice of 1 lime'])],
    steps=['Heat the oil in a large pan over medium heat and cook the onion with a pinch of salt for 7 minutes, until soft and golden at the edges.', 'Add the garlic, ginger, curry powder and cumin and stir for one minute until fragrant.', 'Pour in the tomatoes and simmer for 5 minutes, stirring, until thickened.', 'Add the chickpeas and coconut milk, bring to a gentle simmer and cook for 10 minutes.', 'Stir in the spinach until wilted, then add the lime juice and season to taste. Serve with rice or warm flatbreads.'],
    notes=['Leftovers keep in the fridge for four days and the flavour improves overnight.', 'For more heat, add a chopped green chilli with the garlic.'],
    nutrition=[('Serving Size', '1 bowl'), ('Calories', '438'), ('Fat', '24g'), ('Carbohydrates', '41g'), ('Fiber', '11g'), ('Protein', '14g')], course='Dinner', cuisine='Indian-inspired', keywords=['chickpea curry', 'vegan curry']),
  body='''
This is the curry I make when the fridge is nearly empty and everyone is hungry. Almost everything comes from a tin or a jar, and it still tastes like something you planned.
It is gently spiced rather than hot, so it works for children, and it freezes well if you want to double the batch.
IMG: Chickpea curry in a blue bowl with rice and coriander.
## What you need
The short version: onion, garlic, ginger, curry powder, a tin of tomatoes, two tins of chickpeas and a tin of coconut milk. The exact amounts are in the recipe card below.
Use full-fat coconut milk if you can. The light version works, but the sauce will be thinner and less rich.
## Step by step
1) Soften the onion slowly. Rushing this step is the most common reason a curry tastes flat.
1) Bloom the spices in the oil for a minute so they lose their raw, dusty taste.
1) Simmer the tomatoes until they start to catch slightly on the bottom of the pan.
1) Add the chickpeas and coconut milk and let everything bubble together.
AD
## What to serve with it
Basmati rice is the classic choice. We also like it with naan, a spoon of yoghurt and a quick cucumber salad. For a lighter meal, serve it over roasted cauliflower.
## Can I freeze it?
Yes. Cool the curry completely, portion it into containers and freeze for up to three months. Leave out the spinach if you plan to freeze, and stir it in fresh when you reheat.
CARD
''')

# 03 recipe astra, no headings, long story, ingredient list also in body
A(tpl='astra', nav='food', site='The Salted Porch', author='Dolores Whitcombe', date='2026-11-20', title="My Grandmother's Sour Cream Apple Cake",
  deck='The cake that came out for every birthday, funeral and Tuesday.', tags=['apple cake', 'family recipes'],
  bio='Dolores writes about Southern baking and the family stories that come with it.',
  comments=[('Betsy', 'This is exactly like the one my aunt made. I cried a little.'), ('R. Nguyen', 'Can I use pears?')],
  card=dict(name='Sour Cream Apple Cake', rating='5', votes=37, summary='A soft sour cream cake packed with sliced apples and topped with cinnamon sugar.',
    times=[('Prep Time', '25 minutes'), ('Cook Time', '50 minutes')], serves='12 squares',
    ingredients=[('', ['3 medium tart apples, peeled and thinly sliced', '2 cups all-purpose flour', '1 teaspoon baking powder', '1/2 teaspoon baking soda', '1/2 cup butter, softened', '1 cup sugar', '2 eggs', '1 cup sour cream', '1 teaspoon vanilla', '3 tablespoons sugar mixed with 1 teaspoon cinnamon'])],
    steps=['Heat the oven to 350°F and grease a 9x13-inch pan.', 'Cream the butter and sugar until pale, then beat in the eggs one at a time, then the sour cream and vanilla.', 'Stir in the flour, baking powder and soda until just combined.', 'Spread half the batter in the pan, cover with half the apples and half the cinnamon sugar, then repeat.', 'Bake for 45 to 50 minutes until golden and springy. Cool in the pan.'],
    notes=['Grandma used Winesap apples. Granny Smith or Honeycrisp are fine.'],
    nutrition=[('Calories', '268kcal'), ('Carbohydrates', '39g'), ('Fat', '11g')], course='Dessert', cuisine='Southern'),
  body='''
DROP: There was always a square pan on my grandmother's counter with a tea towel over it. You did not ask what was underneath. You just lifted the corner and cut yourself a piece.
It was almost always this cake. She made it for birthdays and for funerals, for new babies and for the man who fixed her roof. She made it on Tuesdays because Tuesday was when the church ladies came by, and she would not be caught without something to offer.
PQ: She would not be caught without something to offer.
The recipe lived on an index card so spotted with butter that you could read it through the back. When she died, three of us wanted that card. My cousin Ruth won, and she was kind enough to photograph it for the rest of us.
IMG: The original handwritten recipe card.
BR
I have changed exactly one thing. Grandma used margarine, because that is what everyone used in 1962. I use butter. Everything else is hers: the sour cream that keeps it soft for days, the double layer of apples, the cinnamon sugar that turns to a thin crust on top.
AD
It is not a fancy cake. It does not need frosting or a stand mixer. It needs three apples, a square pan and someone to share it with.
If you make it, I hope you put a tea towel over it and leave it on the counter. Somebody will lift the corner.
CARD
''')

# 04 recipe divi split + jump
A(tpl='divi', nav='food', site='Sprout and Spoon', author='Keiko Lindgren', date='2026-10-14', title='Crispy Sheet Pan Gnocchi with Roasted Vegetables',
  deck='Shelf-stable gnocchi roasts into golden little pillows.', tags=['sheet pan', 'vegetarian'],
  bio='Keiko is a registered dietitian who believes weeknight dinners should be easy and colourful.',
  card=dict(name='Sheet Pan Gnocchi', rating='4.7', votes=212, summary='Store-bought gnocchi roasted with peppers, red onion and cherry tomatoes until crisp.',
    times=[('Prep Time', '10 mins'), ('Cook Time', '25 mins'), ('Total Time', '35 mins')], serves='4 people',
    ingredients=[('', ['1 pound shelf-stable potato gnocchi', '1 red bell pepper, chopped', '1 red onion, cut into wedges', '1 pint cherry tomatoes', '3 tablespoons olive oil', '1 teaspoon dried oregano', '1/2 teaspoon salt', '1/2 cup grated parmesan', 'Fresh basil to serve'])],
    steps=['Heat the oven to 425°F.', 'Toss the gnocchi and vegetables with the oil, oregano and salt on a large rimmed baking sheet and spread in a single layer.', 'Roast for 20 to 25 minutes, stirring halfway, until the gnocchi are golden and the tomatoes have burst.', 'Scatter with parmesan and basil and serve straight from the pan.'],
    nutrition=[('Calories', '402kcal'), ('Protein', '11g'), ('Fat', '14g'), ('Sodium', '690mg')], course='Main Course', cuisine='Italian'),
  body='''
If you have never roasted gnocchi straight from the packet, this is your sign. No boiling, no extra pot: the little dumplings go onto the sheet pan raw and come out crisp on the outside and fluffy inside.
I first tried this on a night when I had exactly one clean pan, and it has been on our rotation every week since.
## Which gnocchi to buy
Look for the vacuum-packed, shelf-stable kind sold near the dried pasta. Fresh or frozen gnocchi hold more moisture and tend to steam rather than crisp.
## Vegetables that work
- Bell peppers and red onion are my default.
- Broccoli florets and cubed butternut squash are great in autumn.
- Courgette works in summer, but cut it thick so it does not turn to mush.
## Make it a full meal
Add a can of drained white beans in the last ten minutes, or some sliced chicken sausage at the start. A spoonful of pesto over the top at the end is never a bad idea.
## Storage
This is best straight from the oven. Leftovers keep for two days and reheat well in an air fryer, less well in a microwave.
CARD
''')

# 05 recipe blogger
A(tpl='blogger', nav='blog', site='Kitchen at the End of the Lane', author='Margaret Eide', date='2026-11-09', title='Potato Leek Soup for a Rainy Sunday',
  deck='A simple soup.', tags=['soup', 'winter'],
  bio='Retired teacher, hen keeper and soup maker in the Welsh borders.',
  comments=[('Anne from Hereford', 'Lovely, I add a bit of mustard at the end.'), ('Jim', 'Made it twice this week already!')],
  body='''
It has rained here for nine days straight. The hens are sulking, the lane is a river and the only sensible response is soup.
This is the potato leek soup I have made every winter for thirty years. It is nothing clever, but it is warm and filling and costs almost nothing to make.
IMG: Soup in a white bowl.
**You will need:**
- 3 large leeks, washed and sliced
- 4 medium floury potatoes, peeled and diced
- a good knob of butter
- 1.2 litres of chicken or vegetable stock
- a splash of milk or cream
- salt, pepper and a little nutmeg
**Method:**
Melt the butter in your biggest pan and add the leeks with a pinch of salt. Put the lid on and let them sweat gently for ten minutes. They should go soft and sweet, not brown.
Add the potatoes and the stock and simmer for twenty minutes until the potatoes fall apart when you poke them.
Blend it all, or mash it roughly if you like it chunky like my husband does. Stir in the milk, season well and grate in a little nutmeg.
We had ours with the last of Saturday's loaf and a wedge of Caerphilly. Tomorrow it might stop raining. I am not counting on it.
''')

# 06 recipe magazine with card (tasty) + listicle-ish
A(tpl='magazine', nav='mag', site='Hearth Magazine', author='Julien Abara', date='2026-11-30', title='The Only Roast Chicken Recipe You Need This Winter',
  deck='Dry-brined overnight, roasted hot and fast, and carved at the table.', rubric='Food', credit='Photo: Mara Ellis; Food Styling: Tom Briggs',
  hero_cap='Roast chicken with lemons and thyme.', bio='is Hearth Magazine\'s food director.', tags=['chicken', 'sunday roast'],
  card=dict(name='Dry-Brined Roast Chicken', rating='4.9', votes=981, summary='An overnight salt rub and a hot oven give crackling skin and juicy meat.',
    times=[('Active Time', '20 minutes'), ('Total Time', '1 hour 30 minutes plus brining')], serves='4 servings',
    ingredients=[('', ['1 whole chicken (about 4 pounds)', '1 tablespoon kosher salt', '1 teaspoon sugar', '1 lemon, halved', '1 head of garlic, halved crosswise', '6 sprigs thyme', '2 tablespoons butter, softened'])],
    steps=['The night before, pat the chicken dry and rub the salt and sugar all over it. Leave it uncovered on a rack in the fridge.', 'Heat the oven to 450°F. Stuff the cavity with the lemon, garlic and thyme, and rub the butter over the breast.', 'Roast in a cast-iron skillet for 55 to 70 minutes, until the thickest part of the thigh reaches 165°F.', 'Rest for 15 minutes before carving.'],
    nutrition=[('Calories', '520'), ('Protein', '46g'), ('Fat', '35g')], course='Main', cuisine='European'),
  body='''
There are a thousand ways to roast a chicken, and our test kitchen has tried most of them. This is the one we keep coming back to, because it asks for almost nothing and gives you the two things everyone wants: skin that shatters and meat that stays juicy.
The trick is time, not technique. Salting the bird a day ahead seasons it all the way through and dries the skin so it crisps in the oven.
PQ: The trick is time, not technique.
## Why dry-brine?
A wet brine plumps the meat with water, which sounds good until you realise that water has to steam off before the skin can brown. A dry brine draws moisture out, dissolves the salt and pulls it back in. The surface ends up dry, and dry skin crisps.
## Choose the right pan
A cast-iron skillet holds heat and lets the fat render without burning. A small roasting tin works too. Avoid anything much bigger than the bird, or the drippings will scorch.
## How to tell when it's done
Use a thermometer. The thigh should read 165°F. If you do not have one, pierce the thigh: the juices should run clear, not pink.
## What to do with the drippings
Pour off most of the fat, set the skillet over a burner and add a splash of white wine or stock. Scrape up the brown bits and you have a sauce in two minutes.
CARD
''')

# 07 recipe gp: roundup of recipes (listicle), no card
A(tpl='gp', nav='food', site='Weeknight Table', author='Priya Raman', date='2026-11-15', title='15 Cosy Soup Recipes for Chilly Evenings',
  deck='From classic minestrone to a ten-minute miso broth.', tags=['soup', 'roundup'],
  bio='Priya develops quick vegetarian recipes for busy households.',
  body='''
When the evenings draw in, I want soup at least three nights a week. Here are the fifteen I make most, from speedy weeknight bowls to slow Sunday projects.
Each one links to the full recipe with a printable card.
NUM: 1. Ten-Minute Miso Noodle Soup
Instant comfort: silken tofu, spring onions and soba in a miso broth. Ready faster than a takeaway.
NUM: 2. Roasted Tomato and Red Pepper Soup
Roasting concentrates the sweetness. Serve with a grilled cheese for dipping.
NUM: 3. Lentil and Lemon Soup
Red lentils cook down to a silky base, and a squeeze of lemon at the end wakes everything up.
AD
NUM: 4. Classic Minestrone
Use whatever vegetables are in the drawer. The parmesan rind is not optional.
NUM: 5. Creamy Mushroom and Thyme Soup
Earthy and rich without a drop of cream: a potato does the thickening.
NUM: 6. Spiced Carrot and Coconut Soup
A bright orange bowl of sunshine with ginger and a little chilli.
NUM: 7. White Bean and Kale Soup
Hearty enough to count as dinner, with garlic toast on the side.
NL
NUM: 8. Thai-Style Sweet Potato Soup
Red curry paste and coconut milk turn sweet potato into something special.
NUM: 9. French Onion Soup
The weekend project: an hour of slow caramelising, worth every minute.
NUM: 10. Black Bean Soup
Smoky, filling and freezer-friendly. Top with avocado and crushed tortilla chips.
NUM: 11. Broccoli Cheddar Soup
The café favourite, made at home in thirty minutes.
NUM: 12. Pea and Mint Soup
Made from frozen peas, so you can have spring in December.
AD
NUM: 13. Chicken Tortilla Soup
Shredded chicken in a tomato and chipotle broth with lime.
NUM: 14. Butternut Squash Soup with Sage
Roast the squash and fry a few sage leaves for the top.
NUM: 15. Hot and Sour Soup
Tangy, peppery and much easier than you would think.
## Tips for better soup
- Season in layers: a little salt with the onions, more at the end.
- Finish with acid. A squeeze of lemon or a dash of vinegar makes flavours sharper.
- Cool soup quickly before freezing, and leave room in the container for it to expand.
''')

# 08 travel gp with itinerary + map
A(tpl='gp', nav='travel', site='Slow Miles', author='Caro Beaumont', date='2026-10-22', title='Three Days in Porto: A Relaxed Itinerary',
  deck='Tiled churches, port lodges and the best custard tarts in town.', tags=['Portugal', 'Porto', 'itinerary'],
  disclosure='Disclosure: Slow Miles is reader-supported. Some links in this post are affiliate links, and we may earn a commission if you book through them.',
  bio='Caro has been travelling slowly through Europe by train since 2019.',
  body='''
Porto rewards people who do not rush. It is a city of steep lanes and long lunches, and three days is just enough to see the highlights without feeling like you are sprinting between them.
This itinerary is the one I give friends. It assumes you are staying in the Ribeira or Baixa area and walking almost everywhere.
MAP
## Day 1: Ribeira and the riverfront
### Morning
Start at the São Bento station to see the blue and white azulejo panels in the entrance hall, then walk down towards the river through the narrow streets of Ribeira.
### Afternoon
Cross the upper deck of the Dom Luís I bridge on foot. The view back over the terracotta roofs is the one on every postcard, and it is better in person.
### Evening
Eat grilled sardines at one of the small family restaurants on the Gaia side, then watch the sun go down from the Jardim do Morro.
AD
## Day 2: Port lodges and Foz
Spend the morning in Vila Nova de Gaia touring a port lodge. Most offer a short tour with a tasting of two or three wines. Book ahead in summer.
In the afternoon, take the historic tram line 1 along the river to Foz do Douro, where the river meets the Atlantic. Walk the promenade to the lighthouse and have a coffee looking out at the waves.
## Day 3: Markets, bookshops and tiles
Visit the renovated Bolhão market for fruit, cheese and tinned fish. Then queue, early, for the famous bookshop with the red staircase, or skip it for one of the quieter bookshops nearby.
End your trip at a miradouro with a glass of white port and tonic.
## Where to stay
We stayed in a small guesthouse near Praça da Batalha, a ten-minute walk from everything. The Ribeira area is more atmospheric but noisier at night.
## Getting around
- Walk: Porto is compact but very hilly. Bring comfortable shoes.
- Metro: clean, cheap and useful for the airport, which is about 30 minutes from the centre.
- Trams: charming but slow. Treat them as a sight rather than transport.
## Practical tips
TABLE: Item|Typical cost
TABLE: Espresso|€0.90
TABLE: Francesinha sandwich|€12
TABLE: Port lodge tour|€18 to €30
TABLE: Metro from the airport|€2.15
''')

# 09 travel divi: road trip
A(tpl='divi', nav='travel', site='Two Vans West', author='Dale and Ruthie Okafor', date='2026-09-30', title='A Week on the Oregon Coast: Our Road Trip Route',
  deck='Tide pools, lighthouses and too much clam chowder.', tags=['road trip', 'Oregon'],
  bio='Dale and Ruthie are retired teachers who have spent four years living in a converted van.',
  comments=[('Sue', 'Adding Cape Perpetua to our list!'), ('Mike T', 'How was parking the van at Cannon Beach?')],
  body='''
We have driven a lot of coastlines in this van, but Oregon's is the one we keep coming back to. Every beach on it is public, the towns are small and friendly, and the scenery changes every few miles.
Here is the route we took over seven days, driving south from Astoria to Brookings.
## Day 1: Astoria
Climb the Astoria Column for a view over the mouth of the Columbia River, then eat fish and chips from a boat moored at the docks.
## Day 2: Cannon Beach and Ecola State Park
Haystack Rock at low tide is the highlight of the whole coast. Check the tide tables before you go: the pools around the base are full of starfish and anemones.
## Day 3: Tillamook and the Three Capes
The cheese factory is busy but fun. Afterwards, the Three Capes Scenic Route is a slow detour well worth the extra hour.
## Day 4: Newport
The aquarium is excellent. We also watched sea lions barking on the docks for far longer than we would like to admit.
## Day 5: Cape Perpetua and Yachats
Thor's Well, the hole in the rocks that seems to drain the ocean, is best an hour before high tide. Stay well back: the waves here are unpredictable.
## Day 6: The dunes near Florence
Miles of sand dunes meet the sea. We hiked, we did not rent a dune buggy, and we regret nothing.
## Day 7: Bandon to Brookings
Bandon's sea stacks at sunset were the most beautiful thing we saw all week. The drive south to Brookings through the Samuel H. Boardman corridor is full of pull-outs with views.
## Camping tips
- State park campgrounds book up months ahead in summer. Try midweek or shoulder season.
- Fog is common in the mornings, even in August. Pack layers.
- Fill up on fuel in larger towns; some stretches have few stations.
''')

# 10 travel blogger
A(tpl='blogger', nav='blog', site='Nell Goes Walking', author='Nell Farraday', date='2026-08-18', title='Walking the Cotswold Way: Days 4 to 6',
  deck='', tags=['walking', 'Cotswolds'],
  bio='Fifty-something walker, writing about long trails one blister at a time.',
  comments=[('Hiker Hal', 'Great write-up. The hill after Painswick nearly killed me too.')],
  body='''
Day four began in Painswick with sore feet and a full English breakfast, which I maintain is medicinal.
The trail climbs almost immediately out of the village and up onto Painswick Beacon. The mist was still sitting in the valley below and for about ten minutes it felt like walking above the clouds.
IMG: Mist in the valley below Painswick Beacon.
From there it was woodland most of the way to the Haresfield Beacon viewpoint, where I ate a squashed sandwich and watched a buzzard circle over the Severn vale.
**Day 5: Haresfield to Dursley**
The longest day so far at about twelve miles. The path drops down into Middleyard and climbs again to the Coaley Peak picnic site, where there is a long barrow you can crawl into if you are braver than me.
My left knee complained all afternoon. Dursley arrived just as the rain did.
**Day 6: Dursley to Wotton-under-Edge**
A short day, thankfully. Up over Stinchcombe Hill and its golf course, where the path is marked by little stones and the golfers are very polite about walkers.
Wotton has a lovely old high street and I spent the afternoon in a tea room with my boots off under the table. Nobody complained.
Six days done, four to go. Bath is starting to feel real.
''')

# 11 travel magazine guide with "where to stay" boxes (product-ish) and pull quotes
A(tpl='magazine', nav='mag', site='Wayfarer Quarterly', author='Imogen Sayle', date='2026-11-03', title='The Insider\'s Guide to Kyoto in Winter',
  deck='Fewer crowds, snow on the temple roofs and the best tofu of your life.', rubric='Travel', credit='Photo: Kenji Mori',
  hero_cap='A snowy morning at a temple garden in northern Kyoto.', bio='is a contributing editor who has lived in Japan for eleven years.', tags=['Japan', 'winter travel'],
  body='''
DROP: Most visitors come to Kyoto for the cherry blossoms or the autumn maples, and the city pays for it with queues at every famous gate. Come in January instead and you will find quiet temples, cheap hotels and, if you are lucky, a dusting of snow on the golden pavilion.
Winter here is cold but dry, with bright blue mornings. Dress in layers and you will spend most days outside.
PQ: Come in January instead and you will find quiet temples.
## Where to stay
**For first-timers:** stay near Shijō or Karasuma, where the subway and buses meet and the restaurants stay open late.
**For quiet:** book a machiya townhouse in the northern neighbourhoods. Many have deep wooden baths, which you will appreciate after a day of walking.
## What to eat
Winter is the season for yudōfu, simmered tofu served in a clay pot. The restaurants around Nanzen-ji have served it for generations.
Try also the sake lees soup sold at small stalls in the markets. It is sweet, warming and slightly alcoholic.
AD
## Temples worth the early start
- Kinkaku-ji at opening time, when the pavilion reflects in a still pond.
- Ginkaku-ji for its raked sand garden and moss.
- Fushimi Inari after 4pm, when the day-trippers leave and the lanterns come on.
## Getting around
Buy a rechargeable transit card at the airport. Buses cover everything but are slow in traffic, so combine them with the subway and walking.
BR
On my last morning it snowed properly for the first time in two years. I walked to a small temple near my guesthouse and had the garden to myself for an hour. Nobody else came. That is Kyoto in winter.
''')

# 12 travel astra packing list
A(tpl='astra', nav='travel', site='Carry-On Club', author='Mateo Quiroga', date='2026-07-12', title='What I Pack for Two Weeks in Southeast Asia (Carry-On Only)',
  deck='Everything fits in a 35-litre backpack.', tags=['packing', 'Southeast Asia'],
  disclosure='This article includes affiliate links. If you buy something through them we may earn a commission.',
  bio='Mateo has travelled with only a carry-on for eight years.',
  comments=[('Ingrid', 'Do you bring a rain jacket or just an umbrella?'), ('Mateo Quiroga', 'Ingrid, a packable rain jacket. Umbrellas break.')],
  body='''
I have done two-week trips through Thailand, Vietnam and Indonesia with nothing but a 35-litre backpack. It means no waiting at baggage claim, no lost luggage and no dragging a suitcase over broken pavements.
The secret is choosing clothes that dry quickly and work together, and accepting that you will do a little laundry.
## Clothes
- 5 lightweight T-shirts in merino or a synthetic blend
- 2 pairs of shorts and 1 pair of light trousers for temples
- 1 long-sleeved shirt for sun and mosquitoes
- 1 packable rain jacket
- 6 pairs of underwear and 4 pairs of socks
- Swimwear
## Shoes
Just two pairs: comfortable walking sandals and light trainers. I wear the trainers on the plane to save space.
AD
## Toiletries
Solid shampoo and soap bars save weight and never leak. Buy sunscreen when you arrive; it is cheap in pharmacies across the region.
## Tech
- Phone and a small power bank
- Universal adaptor
- Earbuds
- E-reader, because books are heavy
## Documents and money
Keep a photocopy of your passport separate from the original, and carry two bank cards from different banks in different places.
## What I stopped packing
A hairdryer, a travel towel (guesthouses provide them), a guidebook and more than one jumper. I have never missed any of them.
''')

# 13 health
A(tpl='health', nav='health', site='Wellwise', author='Nora Delacroix', reviewer='Samuel Iyer, MD', date='2026-11-25', title='Why You Wake Up at 3 a.m., and How to Get Back to Sleep',
  deck='Middle-of-the-night waking is common. Here is what causes it and what helps.', rubric='Sleep', bio='is a health writer covering sleep and mental health.', tags=['sleep', 'insomnia'],
  sources=['Okonkwo L, et al. Nocturnal awakenings in adults: prevalence and correlates. Sleep Med. 2023;104:55-62.', 'American Society of Sleep Practitioners. Insomnia: patient guide. 2025.', 'Vance R. Alcohol and sleep architecture. Curr Opin Psychol. 2024;55:101740.'],
  body='''
KT: Waking briefly during the night is normal; trouble falling back asleep is what makes it a problem.
KT: Stress, alcohol, a warm bedroom and needing the bathroom are the most common causes.
KT: If it happens most nights for three months or more, talk to a doctor about insomnia.
Most adults wake up several times a night without remembering it. Sleep runs in cycles of about 90 minutes, and at the end of each one we surface close to wakefulness. Usually we drift straight back down.
The trouble starts when something keeps you awake at that moment: a racing mind, a full bladder, a partner's snoring or a room that is too warm.
## Common causes
### Stress and anxiety
Stress hormones such as cortisol naturally start to rise in the early hours to prepare the body for morning. If you are already anxious, that rise can be enough to wake you fully.
### Alcohol
A drink or two may help you fall asleep, but as the body processes alcohol later in the night, sleep becomes lighter and more broken.
### Room temperature
Your body temperature dips during the night. A bedroom warmer than about 19°C (66°F) can interrupt that dip and wake you.
### Medical conditions
Sleep apnoea, acid reflux, an overactive bladder, menopause and some medications can all cause night waking.
AD
## How to get back to sleep
- **Do not check the time.** Calculating how many hours are left makes most people more anxious.
- **Keep the lights low.** If you need to get up, use a dim light rather than the main switch.
- **Try slow breathing.** Breathing out for longer than you breathe in can calm the nervous system.
- **Get up if it is not working.** After about 20 minutes, go to another room and do something quiet until you feel sleepy.
## When to see a doctor
Talk to a health professional if night waking happens three or more nights a week for three months, if you snore loudly or gasp during sleep, or if you feel exhausted during the day despite spending enough time in bed.
Cognitive behavioural therapy for insomnia, known as CBT-I, is the recommended first treatment and is now widely available online.
''')

# 14 health nutrition
A(tpl='health', nav='health', site='Wellwise', author='Eitan Morrow, RD', reviewer='Alicia Fontaine, MS, RDN', date='2026-11-12', title='Is Oatmeal Good for You? A Dietitian Explains',
  deck='The fibre, the sugar question and the best way to make it.', rubric='Nutrition', bio='is a registered dietitian and nutrition writer.', tags=['oats', 'breakfast'],
  sources=['Reyes P, Hall T. Oat beta-glucan and LDL cholesterol: a meta-analysis. Nutr Rev. 2022;80(9):1850-1864.', 'Food Composition Database. Oats, rolled, dry. Accessed 2026.'],
  body='''
Oatmeal has a reputation as one of the healthiest breakfasts around, and for the most part it deserves it. But the way you prepare it, and what you put on top, makes a big difference.
## Nutrition facts
A half-cup serving of dry rolled oats, which makes about one cup cooked, contains:
TABLE: Nutrient|Amount
TABLE: Calories|150
TABLE: Carbohydrates|27 grams
TABLE: Fibre|4 grams
TABLE: Protein|5 grams
TABLE: Fat|3 grams
## Health benefits
### It may lower cholesterol
Oats contain a soluble fibre called beta-glucan. Studies show that about 3 grams a day, the amount in roughly one and a half cups of cooked oatmeal, can modestly lower LDL cholesterol.
### It keeps you full
Fibre slows digestion, which helps you feel satisfied for longer and may help with appetite control.
### It supports steady blood sugar
Steel-cut and rolled oats are digested more slowly than instant varieties, causing a gentler rise in blood sugar.
AD
## Are there downsides?
Flavoured instant packets can contain 10 to 15 grams of added sugar. Check the label or buy plain oats and sweeten them yourself with fruit.
People with coeliac disease should choose oats labelled gluten-free, because regular oats are often processed alongside wheat.
## How to make a balanced bowl
- Cook oats in milk or add Greek yoghurt for protein.
- Top with berries or sliced banana instead of sugar.
- Add a spoonful of nut butter or chia seeds for healthy fats.
## The bottom line
Oatmeal is an affordable, filling breakfast with real benefits for heart health. Choose less-processed oats, watch the added sugar and add some protein to make it a complete meal.
''')

# 15 health fitness with expert quotes and "Related:" lines
A(tpl='health', nav='health', site='Fit Daily', author='Jordan Aleki', reviewer='Renée Castellan, DPT', date='2026-10-28', title='How Many Steps a Day Do You Really Need?',
  deck='Ten thousand is a marketing number. The research says something more useful.', rubric='Fitness', bio='is a certified personal trainer and fitness writer.', tags=['walking', 'steps'],
  sources=['Lindqvist A, et al. Daily steps and all-cause mortality: a dose-response analysis. Lancet Public Health. 2025;10(3):e210-e219.'],
  body='''
The 10,000-step goal did not come from a laboratory. It started as the name of a pedometer sold in the 1960s, and it stuck because it is a round, memorable number.
So how many steps do you actually need? The answer depends on your age and your goals, but the good news is that the benefits start well below 10,000.
REL: The best walking shoes, tested by our editors
## What the research says
Large studies that followed tens of thousands of adults have found that the risk of early death falls steadily as daily steps increase, then levels off. For adults over 60, the benefit flattens at around 6,000 to 8,000 steps. For younger adults, it keeps improving up to about 8,000 to 10,000.
"Any increase from where you are now is worthwhile," says physical therapist Renée Castellan. "Going from 3,000 to 5,000 steps a day is a bigger health win than going from 9,000 to 11,000."
## Does pace matter?
Some evidence suggests that brisk walking, around 100 steps a minute, adds benefit beyond the total count. Try including a few ten-minute stretches of faster walking each day.
AD
## Easy ways to add steps
- Take phone calls while walking.
- Get off the bus one stop early.
- Walk for ten minutes after each meal, which also helps with blood sugar.
- Use the stairs for anything under three floors.
REL: 7 stretches to do after a long walk
## Should you track your steps?
A step counter can be motivating, but it is not essential. If tracking makes you anxious or you find yourself chasing numbers, simply aim to move a little more each week.
''')

# 16 health article with FAQ and "Medical News"-like sources
A(tpl='health', nav='health', site='Clearview Health', author='Maya Okoye', reviewer='Dr. Hugo Lanning, MD, FAAD', date='2026-12-02', title='Winter Eczema: Why Your Skin Flares When It Gets Cold',
  deck='Dry air, hot showers and wool jumpers are the usual culprits.', rubric='Skin Health', bio='covers dermatology and allergies.', tags=['eczema', 'skin care'],
  body='''
If your eczema gets worse every winter, you are not imagining it. Cold outdoor air and heated indoor air both hold little moisture, and skin with a weakened barrier loses water quickly.
## Why winter triggers flares
- **Low humidity** pulls moisture from the skin.
- **Hot showers** strip natural oils.
- **Rough fabrics** such as wool irritate already sensitive skin.
- **Less sunlight** may play a role for some people.
## How to protect your skin
Moisturise within three minutes of bathing, while your skin is still damp. Thick creams and ointments work better than lotions in winter.
Keep showers short and warm rather than hot, and pat your skin dry.
Run a humidifier in the bedroom, aiming for 40 to 50 percent humidity.
AD
## When to see a dermatologist
See a specialist if your skin cracks or bleeds, if you see signs of infection such as yellow crusting, or if over-the-counter treatments are not helping after two weeks.
## Frequently asked questions
Q: Is Vaseline good for eczema?
A: Petroleum jelly is an effective, inexpensive barrier that seals in moisture. Apply it over damp skin, especially at night.
Q: Can diet cause winter flares?
A: Food triggers affect some people, particularly children, but there is little evidence that winter flares are caused by diet.
Q: Should I stop using soap?
A: Switch to a fragrance-free, soap-free cleanser and use it only where needed.
''')

# 17 health magazine-style personal essay with disclaimer + "Sources" in body as plain heading
A(tpl='magazine', nav='mag', site='Glow & Grit', author='Talia Berenson', date='2026-11-18', title='I Tried Cold-Water Swimming for a Month. Here\'s What Happened',
  deck='Shrieking, mostly. And then something unexpected.', rubric='Wellness', credit='Photo: Courtesy of Talia Berenson', hero_cap='The author at her local lido in November.',
  bio='is a freelance writer based in Bristol who writes about health and outdoor life.', tags=['cold water', 'wellness'],
  tail='<p class="editor-note"><em>This article is for informational purposes only and does not constitute medical advice. Consult your doctor before starting cold-water swimming, especially if you have a heart condition.</em></p>',
  body='''
DROP: The first time I lowered myself into the lido in November, the water was 9°C and I made a noise I did not know I could make. A woman in a flowered swimming cap laughed, not unkindly, and told me the first week is the worst.
She was right. I went every morning for thirty days, and somewhere around day eight it stopped feeling like punishment.
## Week one: shock
Cold water triggers a gasp reflex and rapid breathing. The advice from the regulars was to get in slowly, breathe out long and steady, and never swim far from the steps in the first weeks. I managed about ninety seconds on day one.
## Week two: routine
By the second week I could stay in for four minutes. I started to notice that I felt oddly calm for the rest of the morning, and that my usual mid-morning slump had disappeared.
PQ: Somewhere around day eight it stopped feeling like punishment.
## What the science says
Research on cold-water immersion is still limited and many studies are small. Some suggest it may improve mood and reduce inflammation; others find little effect. What is clear is that the risks are real: cold shock can be dangerous, especially for people with heart problems.
## Week three and four: the community
The thing I did not expect was the people. Every morning the same dozen swimmers were there, sharing flasks of tea and weather reports. I went for the cold and stayed for the conversation.
BR
I still go three mornings a week. I am not sure the cold water has changed my body much. It has certainly changed my mornings.
''')

# 18 roundup
A(tpl='roundup', nav='shop', site='The Tested Home', author='Greer Halvorsen', date='2026-11-21', title='The 5 Best Dutch Ovens of 2026, Tested by Our Editors',
  deck='We braised, baked and deep-fried our way through 14 pots.', rubric='Kitchen', bio='is a senior commerce editor who has tested cookware for six years.', tags=['cookware', 'best of'],
  disclosure='We independently evaluate all recommended products and services. If you click on links we provide, we may receive compensation.',
  body='''
A good Dutch oven will outlive most of your kitchen. It braises short ribs, bakes crusty bread, simmers stock and goes from hob to oven to table.
To find the best, we cooked the same three recipes in fourteen pots over two months: a beef stew, a no-knead loaf and a batch of rice.
PROD: Lumière Enamelled Cast Iron 5.5-Quart|The best all-rounder we tested. It browned beef evenly, held a steady simmer and released the bread without sticking.|$385|Amazon|Even heating;Light interior shows browning;Large handles;;Expensive;Heavy at 13 pounds|Capacity: 5.5 quarts;Weight: 13 pounds;Oven safe to: 500°F
PROD: Hearthstone Classic 6-Quart|Nearly as good as our top pick for a third of the price. The enamel chipped slightly on the rim after a drop test.|$119|Target|Great value;Roomy;;Enamel less durable|Capacity: 6 quarts;Weight: 14.5 pounds
AD
PROD: Ironfield Bare Cast Iron 5-Quart|If you are happy to season it, uncoated cast iron is nearly indestructible. The lid doubles as a skillet.|$69|Amazon|Lid doubles as skillet;Very durable;;Needs seasoning;Reacts with tomatoes|Capacity: 5 quarts;Weight: 12 pounds
PROD: Potter & Crane Ceramic 4-Quart|The lightest pot we tested, and pretty enough to serve from. It cannot go on a gas flame at full power.|$140|Crate & Barrel|Lightweight;Attractive;;Not for high heat|Capacity: 4 quarts;Weight: 6 pounds
PROD: Lumière Round Wide 3.5-Quart|The best small Dutch oven for couples, with a wide base for searing.|$290|Williams Sonoma|Wide base;;Small capacity|Capacity: 3.5 quarts
## How we tested
We browned two pounds of chuck in each pot and measured how evenly it coloured, then simmered a stew for three hours and checked for scorching. We baked a no-knead loaf at 475°F to test the lids and knobs, and we dropped each lid from counter height onto a wooden board.
## What to look for
**Size.** A 5- to 6-quart pot feeds four to six people and fits a standard loaf.
**Interior colour.** A light enamel makes it easier to see when food is browning.
**Handles.** Look for large loops you can grip with oven gloves.
## FAQ
Q: Is enamelled cast iron worth the money?
A: If you cook stews and bread regularly, yes. A good pot lasts decades.
Q: Can I use metal utensils?
A: Wooden or silicone tools are kinder to enamel.
''')

# 19 roundup gift guide, short blurbs, lots of buttons
A(tpl='roundup', nav='shop', site='The Tested Home', author='Lena Whitfield', date='2026-12-03', title='34 Gifts for People Who Love to Cook',
  deck='From stocking stuffers to splurges, all chosen by our food team.', rubric='Gift Guides', bio='is a shopping writer who covers kitchen and home.', tags=['gifts', 'holiday'],
  disclosure='Every product is independently selected by our editors. Things you buy through our links may earn us a commission.',
  body='''
Buying for a keen cook is harder than it looks: they already own the basics and have strong opinions about knives. These are the gifts our food team would actually be happy to unwrap.
## Under $25
PROD: Flaky Sea Salt Tin|Small, beautiful and used every single day.|$14|Amazon
PROD: Microplane-Style Grater|For zest, parmesan and nutmeg. Everyone needs a spare.|$16|Amazon
PROD: Linen Tea Towels, Set of Two|Absorbent, washable and they get softer with every wash.|$22|Etsy
## Under $75
PROD: Digital Instant-Read Thermometer|Takes the guessing out of roasts and caramel.|$39|Amazon
PROD: Small-Batch Olive Oil Trio|Three oils from family farms, for drizzling rather than frying.|$58|Goldbelly
AD
## Splurges
PROD: Carbon Steel Chef's Knife|Holds an edge beautifully and develops a patina with use.|$165|Amazon
PROD: Countertop Pizza Oven|Reaches 750°F in twenty minutes for blistered Neapolitan crusts.|$399|Best Buy
## Experiences
A cooking class is a gift that does not need shelf space. Many local cooking schools sell gift cards, and several offer online classes if you are buying for someone far away.
''')

# 20 roundup magazine: beauty product roundup with "shop now" and Instagram embed
A(tpl='magazine', nav='mag', site='Ivy & Ash', author='Simone Achterberg', date='2026-11-26', title='The Hand Creams That Actually Work in Winter, According to Dermatologists',
  deck='Seven formulas our editors use when their knuckles crack.', rubric='Beauty', credit='Photo: Ivy & Ash', hero_cap='', bio='is the beauty director at Ivy & Ash.', tags=['beauty', 'skin care'],
  disclosure='All products featured on Ivy & Ash are independently selected by our editors. However, we may receive compensation from retailers and/or from purchases of products through these links.',
  split=False,
  body='''
Every November my hands start to crack at the knuckles, and every November I end up with a drawer of half-used hand creams. This year I asked two dermatologists what actually helps.
"Look for a mix of humectants such as glycerin, which draw in water, and occlusives such as petrolatum or shea butter, which stop it escaping," says dermatologist Dr. Amara Quist. "Fragrance is the ingredient I would avoid."
PROD: Barrier Rescue Hand Cream|Thick, fragrance-free and packed with ceramides. It takes a minute to sink in but lasts through hand-washing.|$18|Sephora
PROD: Shea Overnight Hand Mask|Apply generously, then sleep in cotton gloves. Our editor's cracked thumbs healed in three nights.|$26|Nordstrom
IG: ivyandash|Our beauty desk's winter hand care routine, in one slide. Which one are you trying first?
PROD: Pharmacy Urea 10% Cream|The budget pick. Urea softens rough skin and this one costs less than a sandwich.|$9|Target
## How to use hand cream properly
Apply after every wash while your hands are still slightly damp, and keep a tube by every sink. At night, use a thicker balm and cover with gloves.
''')

# 21 roundup gp: tech-lifestyle "best X" with comparison table + jump TOC
A(tpl='gp', nav='food', site='Brew Nerd', author='Oskar Felsted', date='2026-10-05', title='The Best Burr Coffee Grinders Under $200',
  deck='A good grinder matters more than a fancy machine.', tags=['coffee', 'grinders'],
  disclosure='Brew Nerd is reader-supported. When you buy through links on our site, we may earn an affiliate commission.',
  bio='Oskar is a former barista and coffee equipment reviewer.',
  body='''
If you want better coffee at home, spend your money on the grinder first. A consistent grind lets water extract flavour evenly, and no machine can fix a grind that is half dust and half boulders.
We tested nine burr grinders under $200 for consistency, noise, retention and ease of cleaning.
## Quick comparison
TABLE: Grinder|Burrs|Settings|Price
TABLE: Kettlebrook K2|40mm conical steel|40|$149
TABLE: Arco Flat 64|64mm flat steel|Stepless|$189
TABLE: Pocket Mill Hand Grinder|38mm conical steel|30|$79
## Best overall: Kettlebrook K2
The K2 produced the most even grind for pour-over and French press in our tests, and it is quiet enough to use before the rest of the house wakes up. It is not ideal for espresso, where it lacks fine adjustment.
## Best for espresso: Arco Flat 64
Stepless adjustment and flat burrs make the Arco the only grinder in this price range we would pair with an espresso machine. It retains a little coffee between doses, so we recommend a quick puff with the bellows.
AD
## Best manual: Pocket Mill
If you do not mind a minute of cranking, a hand grinder gives you excellent consistency for less money. The Pocket Mill is small enough to travel.
## How we tested
We ground the same light-roast beans at a medium setting in each grinder and ran the grounds through a stack of sieves to measure how evenly they were sized. We also timed each grinder and measured noise from one metre away.
''')

# 22 roundup astra: "best of" on a personal blog with Amazon affiliate boxes and "Check price" buttons inside text blocks
A(tpl='astra', nav='blog', site='Tidy Little Nest', author='Fern Oyelaran', date='2026-09-19', title='My 8 Favourite Pantry Organisers After Three Years of Trying',
  deck='The containers, risers and labels that survived real life.', tags=['organising', 'pantry'],
  disclosure='This post contains affiliate links. I only recommend products I own and use.',
  bio='Fern is a professional organiser and mum of three in Manchester.',
  comments=[('Claire', 'Those turntables changed my life, not even joking.'), ('Becca W', 'Do the labels survive the dishwasher?')],
  body='''
Three years ago our pantry was a cupboard of doom. Half-open bags, three jars of cumin and a tin of chickpeas that expired before my youngest was born.
I have tried a lot of organisers since then. These are the eight that are still in use.
NUM: 1. Clear stackable canisters
Airtight, square and stackable, which wastes far less space than round jars. I decant flour, oats, rice and pasta.
NUM: 2. Lazy Susan turntables
For oils, vinegars and sauces. Nothing gets lost at the back any more.
NUM: 3. Tiered shelf riser
Tins on three levels so you can read every label at a glance.
AD
NUM: 4. Wire baskets with handles
One for snacks, one for baking supplies, one for the things my husband buys on impulse.
NUM: 5. Door-mounted spice rack
Freed up an entire shelf.
NUM: 6. Waterproof pantry labels
They survive the dishwasher and the toddler.
NUM: 7. Under-shelf baskets
Great for foil, baking paper and bags.
NUM: 8. A simple label maker
Not strictly necessary, but I love it.
## My one rule
Before buying any organiser, take everything out and get rid of what you do not use. Organising clutter only gives you tidier clutter.
''')

# 23 celeb with instagram
A(tpl='celeb', nav='celeb', site='StarWire', author='Becca Lowndes', date='2026-12-04', title='Marisa Vaunt and Theo Castellane Confirm Engagement With Beach Photo',
  deck='The couple, who met on the set of a 2024 thriller, shared the news on Instagram.', rubric='Celebrity News', credit='Photo: Jon Pike/Getty Images', hero_cap='Marisa Vaunt and Theo Castellane at a premiere in March.',
  bio='is a senior entertainment reporter at StarWire.', tags=['Marisa Vaunt', 'engagements'],
  body='''
Marisa Vaunt and Theo Castellane are engaged.
The actress, 31, confirmed the news on Thursday with a photo of the couple on a beach at sunset, her left hand resting on his shoulder to show off an oval diamond ring.
IG: marisavaunt|said yes before he finished the question 💍
"Said yes before he finished the question," Vaunt wrote in the caption. Castellane, 34, commented beneath the post with a single heart.
The pair met in 2024 while filming the thriller Low Tide and were first photographed together at a Los Angeles restaurant later that year. They made their red-carpet debut as a couple at the film's premiere in March.
REL: Marisa Vaunt opens up about her "terrifying" first audition
A source close to the couple told StarWire that Castellane proposed during a trip to Portugal last week. "They have been talking about it for a while," the source said. "Everyone who knows them is thrilled."
Friends and co-stars flooded the comments with congratulations, including Low Tide director Anneke Sorel, who wrote: "Called it on day one of the shoot."
VIDEO
Vaunt has previously spoken about keeping her relationships private. "I have learned that the less I share, the happier I am," she said in an interview last year.
Castellane will next be seen in the historical drama The Glasshouse, out in February.
''')

# 24 celeb with tweets and tiktok
A(tpl='celeb', nav='celeb', site='Pop Current', author='Darnell Fiske', date='2026-12-05', title='Fans Are Convinced a Reunion Tour Is Coming After Cryptic TikTok',
  deck='A ten-second clip sent the band\'s fanbase into overdrive.', rubric='Music', credit='Photo: Pop Current', hero_cap='',
  bio='covers music and fan culture for Pop Current.', tags=['music', 'tours'],
  body='''
Fans of the 2000s pop-rock band Velvet Arcade are convinced a reunion is on the way after the group's long-dormant TikTok account posted for the first time in six years.
The ten-second clip shows a dusty rehearsal room, a drum kit with the band's logo and a calendar with a date circled in red: March 14.
TT: velvetarcadeofficial|dust it off. 03.14
The video had been viewed more than four million times by Friday morning. Fans quickly noticed that the date matches the release of the band's debut album twenty years ago.
TW: arcadeforever|i am not okay. i am NOT okay. velvet arcade posted. twenty years of waiting
TW: popcharts_daily|Velvet Arcade's TikTok has gained 600,000 followers in 24 hours.
Lead singer Cass Merriman fuelled the speculation further on Thursday night when she liked several fan posts about the clip.
The band split in 2012 after releasing three albums. In a 2022 podcast interview, guitarist Rob Tennant said the members were "all still friends" but that a reunion would happen "only if it felt right, not for the money".
A representative for the band did not respond to a request for comment.
REL: The 25 best pop-rock albums of the 2000s, ranked
''')

# 25 celeb TV recap with "Spoilers ahead" and video embed
A(tpl='celeb', nav='celeb', site='StarWire', author='Imani Koh', date='2026-11-29', title='The Harbor Lights Finale Ending, Explained',
  deck='Warning: major spoilers for the season two finale ahead.', rubric='TV', credit='Photo: Courtesy of Streamflix', hero_cap='A scene from the season two finale.',
  bio='writes about television for StarWire.', tags=['TV', 'Harbor Lights'],
  body='''
**Warning: this article contains major spoilers for the season two finale of Harbor Lights.**
That final shot of the lighthouse going dark was not just a cliffhanger. It was the show telling us, in its quiet way, that the Marlowe family's story is finished, even if the town's is not.
## So who set the fire?
After two seasons of misdirection, the answer was the one person no one suspected: Ruth Marlowe, the family's mild-mannered aunt. The finale's long flashback shows her alone at the boatyard on the night of the fire, twenty years earlier, and makes clear it was an accident she has spent her whole life covering up.
## What happens to Eli?
Eli's decision to leave town on the last ferry mirrors the pilot, where we first met him arriving on the same boat. The show has come full circle.
VIDEO
## Will there be a season three?
The streaming service has not announced a renewal. Creator Dana Oduya told reporters last month that she had "an idea for a third chapter" but that season two was written so it could stand as an ending.
REL: Harbor Lights star Owen Tate on the scene that made him cry
If this is the end, it is a satisfying one. If it is not, that dark lighthouse has left plenty of room for a new story.
''')

# 26 celeb interview Q&A
A(tpl='celeb', nav='celeb', site='Pop Current', author='Lucía Ferran', date='2026-11-17', title='Jessa Morrow on Her New Album, Burnout and Learning to Say No',
  deck='The singer-songwriter talks to Pop Current about the two years she spent away from music.', rubric='Interviews', credit='Photo: Nadia Kerr for Pop Current', hero_cap='Jessa Morrow photographed in Nashville.',
  bio='is Pop Current\'s music editor.', tags=['Jessa Morrow', 'interviews'],
  body='''
Two years ago Jessa Morrow cancelled a sold-out tour and disappeared from social media. Her new album, Quiet Hours, is the result of that time away. We spoke to her about what changed.
*This interview has been edited and condensed for clarity.*
Q: You stepped away from everything in 2024. What happened?
A: I was exhausted in a way sleep did not fix. I was on stage every night and I could not remember the last time I had written a song for myself. So I stopped.
Q: Was that a hard decision?
A: The hardest. People were counting on me, the crew, the fans. But I knew if I kept going I would end up hating the thing I love most.
Q: What did you do with the time?
A: Very normal things. I learned to cook properly. I walked a lot. I started writing again after about eight months, very slowly, just a line here and there in a notebook.
AD
Q: The new album is much quieter than your last one. Was that deliberate?
A: It was the only way it could sound. I recorded most of it in a friend's living room with three other musicians. You can hear the floor creak on one track and we left it in.
Q: Are you going back on tour?
A: A small one, theatres rather than arenas, with days off built in. I am learning to say no, and to say it early.
Q: What would you tell someone who feels the way you did?
A: That stopping is not failing. It can be the thing that lets you keep going.
Quiet Hours is out now.
''')

# 27 celeb royals/style with gallery captions and "Shop the look" product strip
A(tpl='celeb', nav='celeb', site='StarWire', author='Harriet Cole', date='2026-12-06', title='Everything Celebrities Wore to the Winter Arts Gala',
  deck='Velvet, capes and one very brave sequinned jumpsuit.', rubric='Style', credit='Photos: Getty Images', hero_cap='Guests arrive at the gala on Saturday evening.',
  bio='is StarWire\'s fashion editor.', tags=['red carpet', 'fashion'],
  body='''
The Winter Arts Gala is never the biggest red carpet of the year, but it is often the most interesting. Without a strict theme, guests tend to take risks, and Saturday night was no exception.
IMG: Marisa Vaunt in a burgundy velvet gown.
Marisa Vaunt, newly engaged, arrived in a burgundy velvet column gown with a dramatic high neck. Her engagement ring was her only jewellery.
IMG: Lenox Adeyemi in a floor-length cape.
Lenox Adeyemi wore a floor-length ivory cape over a tailored suit, a look his stylist described as "a winter coat with ambitions".
AD
IMG: Cass Merriman in a silver sequinned jumpsuit.
The night's most talked-about look belonged to Cass Merriman, whose silver sequinned jumpsuit came with a matching fur-free stole. It arrived the same week her band's reunion rumours began, and fans took it as a sign.
IG: harrietcolestyle|Velvet is winning tonight and I am not mad about it
## The trend to watch: velvet
At least a dozen guests chose velvet in jewel tones, from emerald to sapphire. Expect to see it everywhere this party season.
## Shop the look
PROD: Velvet Slip Dress in Burgundy|A simpler take on the gala's favourite fabric.|$128|Nordstrom
PROD: Satin Opera Gloves|For when you want a little drama.|$35|ASOS
''')

# 28 personal blog divi
A(tpl='divi', nav='blog', site='Sunday Seedlings', author='Agnes Pellow', date='2026-05-04', title='What I Learned From My First Year of Growing Vegetables',
  deck='Mostly humility. Also courgettes.', tags=['garden', 'beginners'],
  bio='Agnes gardens on a small allotment in Leeds and writes about it every Sunday.',
  comments=[('Pete (plot 14)', 'The slugs got my lettuce too. Beer traps help!'), ('Agnes Pellow', 'Pete, I will try anything at this point.')],
  body='''
A year ago I took on a half-plot at our local allotment with no experience at all. I had killed several houseplants and one cactus, which I am told is impressive.
Twelve months later I have eaten my own potatoes, lost a whole row of lettuce to slugs and learned more than I expected. Here are the lessons I wish someone had told me on day one.
## Start smaller than you think
I planted everything at once in April and then spent June drowning in weeds. Next year I am covering half the plot with cardboard and only growing what I can keep up with.
## Courgettes are not a joke
Everyone warned me. I planted four plants anyway. We ate courgette fritters, courgette soup and courgette cake, and I still left bags of them on neighbours' doorsteps.
## Ask the old-timers
The man on the next plot has grown onions there for forty years. He told me to water in the evening, plant garlic in October and never trust a warm week in March. He was right about all three.
## Write things down
I kept a simple notebook of what I planted and when. It is already the most useful gardening book I own.
## Failure is part of it
My carrots were tiny and forked. My peas were eaten by mice. But I also picked the sweetest strawberries I have ever tasted, warm from the sun, and that was worth every disappointment.
Here is to year two.
''')

# 29 personal blog astra: family life, quotes, no headings, lists
A(tpl='astra', nav='blog', site='Loud House Quiet Mind', author='Ben Adeyinka', date='2026-11-02', title='We Tried a Screen-Free Month With Three Kids',
  deck='It was harder for me than for them.', tags=['parenting', 'screens'],
  bio='Ben is a stay-at-home dad of three writing about family life in Bristol.',
  comments=[('Jo', 'We did a screen-free week and I lasted four days.'), ('Sanjay', 'The board game bit is so true.')],
  body='''
In October our family went screen-free for a month. No television, no tablets, no video games. My partner and I kept our phones for work and calls only, which turned out to be the hardest rule of all.
I expected tantrums. I expected boredom. What I did not expect was that the person who struggled most would be me.
The first week was rough. Our youngest, who is five, asked for cartoons roughly every eleven minutes. The older two sulked and complained that everyone at school would be talking about shows they had not seen.
By the second week something shifted. They started inventing games. The nine-year-old wrote a comic. The seven-year-old built a cardboard city that took over the dining table for ten days.
> "I forgot I liked drawing," my daughter said one evening, which nearly made me cry into the washing-up.
Meanwhile I kept reaching for my phone in every quiet moment: the school gate, the queue at the supermarket, the five minutes while the pasta boiled.
What we kept after the month ended:
- No screens at the dinner table, for anyone.
- A family board game night on Fridays.
- Television only at weekends for the little one.
- Phones charging in the kitchen overnight, including ours.
Would I do it again? Probably, although maybe not in a wet October. The kids have already asked when the next screen-free month is, which I am choosing to take as a compliment.
''')

# 30 podcast with transcript visible
A(tpl='podcast', nav='pod', site='The Slow Cook Podcast', author='Rosa Jimenez and Alfie Brandt', date='2026-11-27', title='Ep. 142: Why Your Bread Won\'t Rise (With Baker Ines Marlow)',
  deck='Ines Marlow answers your sourdough questions.', ep=142, dur='48:12', ldtype='PodcastEpisode', tags=['bread', 'sourdough'],
  body='''
This week Rosa and Alfie are joined by baker and teacher Ines Marlow, who has run a small bakery in Bath for fifteen years. She answers listener questions about flat loaves, sluggish starters and whether you really need a Dutch oven.
## In this episode
TS: 02:10 Ines's first loaf, which she describes as "a doorstop"
TS: 08:45 Why a starter needs feeding more often in winter
TS: 19:30 The poke test and how to tell when dough is proofed
TS: 31:05 Baking without a Dutch oven
TS: 42:20 Listener question: can you freeze dough?
## Links from the show
- Ines's bakery and classes
- Our episode on building a starter from scratch (Ep. 97)
''',
  transcript=['Rosa Jimenez|Welcome back to The Slow Cook. I am Rosa.', 'Alfie Brandt|And I am Alfie, and today we have a real professional in the studio, which makes a change.', 'Rosa Jimenez|Ines Marlow, welcome.', 'Ines Marlow|Thank you for having me. I have been listening for years, so this is strange.', 'Alfie Brandt|Let us start with the question we get most. Why does my bread not rise?', 'Ines Marlow|Nine times out of ten, it is the starter. People use it before it is really active. It should double within four to six hours of feeding, and it should smell pleasantly sour, not like nail varnish.', 'Rosa Jimenez|And in winter?', 'Ines Marlow|In winter everything slows down. A cold kitchen can double the time your dough needs. Find a warm spot, like the oven with just the light on, and be patient.', 'Alfie Brandt|What about the poke test? I never know what I am feeling for.', 'Ines Marlow|Flour your finger and press about a centimetre in. If the dent springs back immediately, give it more time. If it springs back slowly and leaves a small dent, it is ready. If it does not spring back at all, you have gone too far, but bake it anyway. It will still be bread.']
)

# 31 podcast, transcript behind a toggle, with sponsor read in notes
A(tpl='podcast', nav='pod', site='Rooted: Conversations on Wellbeing', author='Dr. Kemi Adebayo', date='2026-11-19', title='Episode 58: The Science of Loneliness, With Professor Hal Ostrander',
  deck='Why loneliness affects our health and what actually helps.', ep=58, dur='1:02:40', ldtype='PodcastEpisode', tr_toggle=True, tags=['loneliness'],
  body='''
Loneliness is not the same as being alone. In this episode, psychologist Professor Hal Ostrander explains what the research tells us about loneliness and health, why it often peaks in young adulthood and later life, and which interventions have evidence behind them.
We talk about his decade-long study of volunteers in three cities, the difference between social and emotional loneliness, and why small daily interactions matter more than we think.
SP: **This episode is sponsored by Calmly.** Get 20% off your first year at calmly.example/rooted.
## Key moments
TS: 04:30 What loneliness is, and what it is not
TS: 17:10 Loneliness across the lifespan
TS: 33:45 The "weak ties" that make a neighbourhood feel like home
TS: 51:20 Three things listeners can try this week
''',
  transcript=['Kemi Adebayo|Hal, thank you for joining me.', 'Hal Ostrander|It is a pleasure.', 'Kemi Adebayo|Let us begin with a definition. What do researchers mean by loneliness?', 'Hal Ostrander|We define it as the gap between the social connection you want and the connection you have. So you can be surrounded by people and feel lonely, and you can live alone and feel perfectly content.', 'Kemi Adebayo|And why does it matter for health?', 'Hal Ostrander|Chronic loneliness is associated with poorer sleep, higher blood pressure and a greater risk of depression. The effects are comparable in size to some well-known risk factors, although we have to be careful about cause and effect.', 'Kemi Adebayo|You talk a lot about weak ties. What are those?', 'Hal Ostrander|The people you know a little: the barista, the neighbour you nod to, the person at the bus stop. In our study, people who had more of these brief daily interactions reported feeling less lonely, even when their close relationships stayed the same.']
)

# 32 podcast simple, no transcript, guest bio in notes (bio is body as show notes? keep) + "Credits" block
A(tpl='podcast', nav='pod', site='Wander Talk', author='Sasha Brennan', date='2026-10-31', title='Episode 23: Walking the Camino at 70',
  deck='A listener story about 800 kilometres and a pair of borrowed boots.', ep=23, dur='36:55', ldtype='PodcastEpisode', tags=['Camino'],
  body='''
When Margaret Hollis retired, her children bought her a guidebook to the Camino de Santiago as a joke. Two years later she walked all 800 kilometres of it.
In this episode Margaret tells Sasha about training on the hills of Shropshire, the blisters of week two, the strangers who became friends and the moment she finally saw the cathedral in Santiago.
## What we cover
- Why she chose to walk alone
- How she trained in the year before she left
- The albergues, the food and the snoring
- What she would pack differently
Margaret's advice for anyone thinking about it: start walking now, in the boots you will wear, on the worst weather days you can find.
''')

# 33 video page with transcript
A(tpl='video', nav='mag', site='Hearth Magazine', author='Hearth Test Kitchen', date='2026-11-24', title='How to Fold Dumplings: Four Easy Shapes',
  deck='Chef Wen Li demonstrates four dumpling folds for beginners.', dur='7:48', views='214,502', tags=['dumplings', 'video'],
  body='''
Chef Wen Li of the Hearth test kitchen shows you four simple ways to fold dumplings, from the basic half-moon to the pleated crescent. All you need is round wrappers, a filling and a small bowl of water.
Find the full pork and cabbage filling recipe on our site.
''',
  transcript=['Wen Li|Hi, I am Wen, and today I am going to show you four ways to fold dumplings.', 'Wen Li|Start with a round wrapper in your palm and put about a teaspoon of filling in the centre. Not too much. Overfilling is the most common mistake.', 'Wen Li|Dip your finger in water and wet the edge of the wrapper all the way round.', 'Wen Li|The first shape is the half-moon. Just fold it in half and press the edges together firmly, pushing out any air.', 'Wen Li|For the second shape, take the half-moon and bring the two corners together, overlapping them slightly, and press. This is the ingot shape, and it looks like an old gold coin.', 'Wen Li|The third shape is the pleated crescent. Hold the half-moon and make small folds along one side only, pressing each fold against the flat side. Six or seven pleats is plenty.', 'Wen Li|Finally, the purse. Gather the edges up around the filling and twist gently at the top.', 'Wen Li|Keep the finished dumplings under a damp towel while you fold the rest, so they do not dry out. Then boil, steam or pan-fry them. Happy folding.'],
  tr_toggle=True)

# 34 video page travel with transcript not toggled
A(tpl='video', nav='travel', site='Slow Miles', author='Caro Beaumont', date='2026-10-29', title='Video: A Morning at the Bolhão Market in Porto',
  deck='Fruit, flowers and tinned fish in Porto\'s restored market.', dur='4:12', views='38,190', tags=['Porto', 'markets'],
  body='''
Join Caro for a morning at Porto's restored Bolhão market, which reopened after a four-year renovation. She meets a fruit seller who has worked there for fifty years and tries the famous tinned sardines.
''',
  transcript=['|Porto. It is seven in the morning and the Bolhão market is just waking up.', 'Caro Beaumont|The building is over a hundred years old, and for a while people worried it would never reopen. Now it is full again.', 'Dona Fátima|I started here when I was fourteen. My mother had this stall before me.', 'Caro Beaumont|What should I try first?', 'Dona Fátima|The oranges from the Algarve. This week they are perfect.', 'Caro Beaumont|Upstairs, there are small counters selling grilled fish and glasses of wine, and yes, people are drinking it at ten in the morning.', '|The market is open every day except Sunday.'])

# 35 listicle magazine
A(tpl='magazine', nav='mag', site='Ivy & Ash', author='Poppy Lisgar', date='2026-11-10', title='10 Small Habits That Made My Home Feel Calmer',
  deck='None of them cost more than a pot plant.', rubric='Living', credit='Illustration: Ivy & Ash', hero_cap='',
  bio='writes about homes and habits for Ivy & Ash.', tags=['home', 'habits'],
  body='''
I used to think a calm home needed a renovation, or at least a new sofa. It turns out it mostly needed a few small habits, repeated until they stuck.
NUM: 1. Make the bed every morning
It takes ninety seconds and it makes the whole bedroom look finished.
NUM: 2. The ten-minute evening reset
Before bed, set a timer and put things back where they live. Mornings feel lighter.
NUM: 3. One in, one out
Every new piece of clothing means one old piece goes to the charity shop.
NUM: 4. Warm lights after sunset
I swapped two ceiling bulbs for lamps with warm bulbs. The evenings feel slower.
NUM: 5. A landing strip by the door
A bowl for keys, a hook for bags, a tray for shoes. No more morning hunts.
NUM: 6. Open the windows daily
Even in winter, ten minutes of fresh air makes rooms feel less stuffy.
NUM: 7. Clear the kitchen counters
Only the things used daily stay out. Everything else goes in a cupboard.
NUM: 8. Plants in every room
Low-maintenance ones: pothos, snake plants, a stubborn fern.
NUM: 9. A basket for each person
When things are left lying around, they go into the owner's basket, no lectures.
NUM: 10. Sunday flowers
A small bunch from the market each weekend. It is the most cheerful two pounds I spend.
''')

# 36 listicle gp travel
A(tpl='gp', nav='travel', site='Carry-On Club', author='Mateo Quiroga', date='2026-06-21', title='12 Mistakes First-Time Visitors Make in Iceland',
  deck='And how to avoid them.', tags=['Iceland', 'travel tips'],
  disclosure='This post may contain affiliate links.',
  bio='Mateo has travelled with only a carry-on for eight years.',
  body='''
Iceland is one of the most beautiful places I have ever visited, and one of the easiest places to make expensive mistakes. After three trips, here are the ones I see most often.
NUM: 1. Underestimating the weather
It can snow in June. Check the forecast and road conditions every morning, not just the day before.
NUM: 2. Trying to do the Ring Road in five days
It is possible, but you will spend the whole trip in the car. Seven to ten days is more realistic.
NUM: 3. Ignoring the warning signs on beaches
The waves at the black sand beaches are deadly. Stay well back from the water.
NUM: 4. Not booking accommodation early
Outside Reykjavík there are few hotels, and they fill up months ahead in summer.
AD
NUM: 5. Buying bottled water
The tap water is some of the cleanest in the world.
NUM: 6. Only eating at restaurants
Food is expensive. Supermarkets are your friend for lunches.
NUM: 7. Driving off-road
It is illegal and damages fragile moss that takes decades to recover.
NUM: 8. Skipping travel insurance
Rescue and medical costs can be high. Make sure your policy covers outdoor activities.
NUM: 9. Forgetting a swimsuit
Every town has a geothermal pool, and they are the best part of Icelandic daily life.
NUM: 10. Chasing the northern lights in summer
The sky does not get dark enough from May to August.
NUM: 11. Not filling up on fuel
Stations can be more than 100 kilometres apart in the east.
NUM: 12. Over-planning
Leave space for the detours. The best waterfall of my trip was not in any guidebook.
''')

# 37 interview magazine, long Q&A with names as labels
A(tpl='magazine', nav='mag', site='Wayfarer Quarterly', author='Interview by Odile Marchetti', date='2026-10-18', title='"The Mountains Taught Me Patience": A Conversation With Guide Pemba Lhamu',
  deck='One of the first women to lead commercial treks in her valley reflects on thirty years on the trails.', rubric='Conversations', credit='Photo: Anil Thapa',
  hero_cap='Pemba Lhamu above her home village.', bio='is a writer and editor based in Lyon.', tags=['Nepal', 'interview'],
  body='''
Pemba Lhamu began carrying loads for trekking groups at sixteen. Today she runs her own company, employs twenty guides, most of them women, and still leads two treks every season. We spoke over a crackling video call from her home in the Solukhumbu.
Q: How did you start guiding?
A: My father was a porter. When he hurt his knee, I took his place for one trip. The trekkers did not know I was a girl until the second day. After that I never stopped.
Q: Was it difficult to be accepted?
A: At first, yes. Some clients asked for a male guide. Some of the men in the villages laughed. But the mountains do not care if you are a man or a woman. They only care if you are careful.
PQ: The mountains do not care if you are a man or a woman.
Q: What has changed most in thirty years?
A: The glaciers. I can show you places where there was ice when I was young and now there is only rock. The trekkers see a beautiful view. I see what is missing.
Q: What do you tell first-time trekkers?
A: Walk slowly. Drink water. Listen to your body and to your guide. The mountain will still be there next year if you need to turn back.
Q: And what is next for you?
A: More training for young women. I want every village to have its own guides, so the money stays in the valley.
''')

# 38 long-form feature magazine with drop cap, section breaks, pull quotes
A(tpl='magazine', nav='mag', site='The Long Table', author='Ezra Vanterpool', date='2026-11-07', title='The Last Oyster Farmers of Merrow Bay',
  deck='For four generations the Hallorans have farmed oysters in a tidal inlet. Climate, markets and a new marina may end that.', rubric='Features', credit='Photographs by Lise Aaberg',
  hero_cap='Colm Halloran checks his oyster bags at low tide.', bio='is a writer whose work focuses on coastal communities.', tags=['oysters', 'features'],
  body='''
DROP: At four in the morning the tide is out and Merrow Bay is a field of mud, silver under a headlamp. Colm Halloran walks it the way other men walk a familiar road, stepping over channels he cannot see, stopping at the trestles where his oysters grow in black mesh bags.
He turns each bag by hand. There are eleven hundred of them. "My grandfather did this," he says, not looking up. "My father did it. I will do it until I can't."
PQ: My grandfather did this. My father did it. I will do it until I can't.
The Hallorans have farmed oysters here since 1931, when Colm's great-grandfather leased a strip of foreshore from the county for a pound a year. For most of the century since, the bay gave them a living: not a rich one, but steady.
BR
That steadiness is gone. Three warm summers in a row have brought a parasite that kills young oysters before they reach market size. Last year the family lost almost a third of its stock.
"You can't fight the water temperature," says Aoife Halloran, Colm's daughter, who studied marine biology and came home to help run the farm. "We can move the young ones to cooler channels. We can try more resistant seed. But we are guessing, really. Everyone is."
Then there is the marina. A developer has applied for permission to build two hundred berths at the mouth of the bay. The Hallorans and the three other remaining farms say the dredging would smother their beds in silt.
PQ: You can't fight the water temperature.
BR
At a public meeting in the village hall in October, the room was split. Younger residents spoke about jobs and visitors. Older ones spoke about the bay as it was.
Colm did not speak. Afterwards, outside in the rain, he said he had nothing to add. "They have their reasons. We have ours. The bay will decide in the end."
The planning decision is due in the spring. Until then, the tides keep coming, twice a day, and every morning Colm walks out to turn his bags.
''')

# 39 long-form personal essay on blogger-like but WordPress gp, footnotes
A(tpl='gp', nav='blog', site='Marginalia', author='Ruth Anselm', date='2026-09-08', title='On Keeping a Commonplace Book',
  deck='Twenty years of copied sentences.', tags=['essays', 'reading'],
  bio='Ruth is a librarian and essayist.',
  body='''
I have kept a commonplace book since I was nineteen. It is not a diary. Nothing in it is mine, or almost nothing: it is a collection of sentences written by other people that I wanted to keep.
The habit is old. Renaissance students were taught to copy useful passages into notebooks under headings, so they could find them again and use them in their own writing. Mine is less organised. The headings gave up around 2009.
BR
What goes in? A line from a novel that made me put the book down and stare at the wall. A recipe note from my aunt. A sentence from a tax form that was accidentally beautiful. Half a poem overheard on the radio.
> Copying by hand is slow, and slowness is the point. You cannot copy a sentence without reading it properly.
Over the years I have noticed that I copy differently depending on what is happening in my life. The year my father was ill the book is full of short, plain sentences about weather. The year I moved cities, it is all maps and lists.
BR
People ask whether I ever reread it. I do, usually in January, with a pot of tea. It is the closest thing I have to a portrait of my own mind, drawn entirely in other people's words.
If you want to start one, you need only a notebook and a pen. Copy the sentence exactly. Write down where it came from. Do not worry about headings.
''')

# 40 blogger recipe with Print button & "Jump to recipe" in Blogger style, Nutrition in text
A(tpl='blogger', nav='blog', site='Mama Lu Cooks', author='Luisa Cardenal', date='2026-12-02', title='Abuela\'s Arroz con Leche',
  deck='', tags=['dessert', 'family recipes'],
  bio='Cooking the food I grew up with in San Antonio, one pot at a time.',
  comments=[('Vero', 'Exactly like my abuela made it! The cinnamon stick is key.'), ('Anonymous', 'Can I use brown rice?'), ('Luisa Cardenal', 'You can, but it takes much longer to cook and will not be as creamy.')],
  body='''
When I was little, arroz con leche meant I was sick or it was raining, or both. My abuela would make a pot and let me sit on the counter to stir.
This is her recipe, exactly as she taught me, except that I measure things now. She never did.
IMG: A bowl of arroz con leche with cinnamon.
**Ingredients**
- 1 cup long-grain white rice
- 2 cups water
- 1 cinnamon stick
- 4 cups whole milk
- 1 can (14 ounces) sweetened condensed milk
- 1 teaspoon vanilla
- a strip of orange peel
- ground cinnamon for the top
**Instructions**
1) Rinse the rice, then simmer it in the water with the cinnamon stick and orange peel for 10 minutes until the water is mostly absorbed.
1) Add the milk and cook on low, stirring often, for 25 minutes.
1) Stir in the condensed milk and vanilla and cook 5 more minutes until creamy.
1) Take out the cinnamon stick and peel, and dust with cinnamon.
It thickens as it cools, so take it off the heat when it still looks a little loose. We eat it warm, but my brother likes it cold from the fridge for breakfast. Abuela would not approve.
''')

# 41 travel guide with hotel cards and "Book now" buttons
A(tpl='gp', nav='travel', site='Slow Miles', author='Caro Beaumont', date='2026-11-14', title='Where to Stay in Lisbon: Neighbourhoods and Hotels We Love',
  deck='From tiled guesthouses in Alfama to design hotels in Príncipe Real.', tags=['Lisbon', 'hotels'],
  disclosure='Disclosure: Slow Miles is reader-supported. If you book through our links we may earn a commission.',
  bio='Caro has been travelling slowly through Europe by train since 2019.',
  body='''
Lisbon is built on seven hills, and where you stay decides how many of them you climb every day. Pick the right neighbourhood and the city feels easy; pick the wrong one and you will know every step of the way back from dinner.
Here are the areas we recommend for a first visit, with one hotel in each that we have stayed in and would book again.
## Alfama: for atmosphere
The oldest quarter is a maze of stairways, washing lines and tiny squares. It is beautiful and quiet at night, but the hills are steep and taxis cannot reach every door.
HOTEL: Casa dos Azulejos|A guesthouse of eight rooms in a restored tiled townhouse, with breakfast served on a terrace overlooking the river.|Book now
## Baixa and Chiado: for first-timers
Flat, central and well connected, the grid of streets rebuilt after the 1755 earthquake is the easiest base for a short stay. Chiado, just uphill, has the best cafés and bookshops.
HOTEL: Hotel Rua Augusta|Bright, well-soundproofed rooms a few steps from the main square, and a rooftop bar with a view of the castle.|Check availability
AD
## Príncipe Real: for a quieter stay
Leafy squares, concept stores and some of the city's best restaurants, all a short walk from the nightlife of Bairro Alto but far enough away to sleep.
HOTEL: The Jacaranda House|A design hotel in a nineteenth-century palace with a small garden pool and generous breakfasts.|Book now
## Practical tips
- Book at least two months ahead for stays between May and September.
- Ask whether your building has a lift: many older ones do not.
- The tourist tax is charged per person per night, usually on arrival.
''')

# 42 celebrity gallery / slideshow article
A(tpl='celeb', nav='celeb', site='Pop Current', author='Harriet Cole', date='2026-12-01', title='The 8 Most Memorable Moments From This Year\'s Music Awards',
  deck='A surprise duet, a tearful speech and one very confused presenter.', rubric='Music', credit='Photos: Getty Images', hero_cap='',
  bio='covers awards season for Pop Current.', tags=['awards', 'music'],
  body='''
The music awards ran forty minutes over time on Sunday night, and nobody seemed to mind. Here are the moments people were still talking about on Monday morning.
SLIDE: 1|8|The surprise duet|Jessa Morrow walked on stage unannounced to join the night's opening act for a stripped-back version of her old hit. The audience was on its feet before the first chorus ended.
SLIDE: 2|8|A speech that ran long|Accepting the award for best new artist, Ravi Solanki thanked his grandmother, his music teacher and the bus driver who let him practise lyrics on the night route. The orchestra tried to play him off twice.
SLIDE: 3|8|The wrong envelope|A presenter opened the envelope for the wrong category, read the name anyway and then laughed along as a stagehand ran on with the correct card.
AD
SLIDE: 4|8|Velvet Arcade's almost-reunion|Three of the four former bandmates were photographed at the same table, fuelling the reunion rumours that have run for weeks.
SLIDE: 5|8|A lifetime award, at last|Soul singer Maybelle Onwu received the lifetime achievement award fifty years after her first record. She sang one verse unaccompanied and left the stage to a standing ovation.
SLIDE: 6|8|The best-dressed table|Velvet was everywhere again, and so were capes, which now appear to be the official uniform of awards season.
SLIDE: 7|8|Record of the year|The quiet folk album Low Country took the top prize, beating three pop records that spent months at the top of the charts.
SLIDE: 8|8|The after-party moment|Late in the evening the host was spotted leading a conga line through the lobby. Security staff joined in.
''')

# 43 video page, transcript in <details>, timestamps in lines
A(tpl='video', nav='health', site='Fit Daily', author='Fit Daily Studio', date='2026-11-30', title='A 10-Minute Morning Stretch for Stiff Backs',
  deck='Six gentle moves you can do beside your bed.', dur='10:24', views='1,204,877', tags=['stretching', 'video'], tr_details=True,
  body='''
Physical therapist Renée Castellan leads a ten-minute routine of six gentle stretches for the lower and upper back. No equipment is needed, and every move can be done on a carpet or a mat.
Stop any stretch that causes sharp pain, and talk to a health professional if back pain lasts longer than a few weeks.
''',
  transcript=['Renée Castellan|[00:00] Good morning. Let us loosen up that back. Lie on your back with your knees bent.', 'Renée Castellan|[00:32] First, knee rocks. Let both knees fall slowly to the right, then to the left. Keep your shoulders on the floor.', 'Renée Castellan|[02:05] Now hug one knee to your chest and hold for thirty seconds. Breathe slowly. Then switch legs.', 'Renée Castellan|[04:10] Roll onto your hands and knees for cat and cow. Round your back up towards the ceiling, then let your belly drop.', 'Renée Castellan|[06:40] Sit back on your heels with your arms stretched forward. This is child\'s pose. Stay here for a minute.', 'Renée Castellan|[08:55] Finish standing up, reaching both arms overhead and leaning gently to each side. That is it. Have a good day.'])

# 44 Blogger page with div soup and <br> text, and an inline "Jump to recipe" link and a "Print" link line
A(tpl='blogger', nav='blog', site='Grandpa Joe Bakes', author='Joe Marchetti', date='2026-11-23', title='Pizzelle for the Holidays',
  deck='', tags=['cookies', 'Christmas'],
  bio='Retired machinist, grandfather of six, baker of too many cookies.',
  comments=[('Linda M.', 'My nonna made these every Christmas. Thank you for the memories.'), ('Anonymous', 'What iron do you use?'), ('Joe Marchetti', 'An old electric one from the eighties. Any iron works.')],
  body='''
NB: [Jump to recipe](#recipe) | [Print recipe](/print/pizzelle)
Every December my kitchen smells of anise for about a week. That is pizzelle season, and the grandchildren know it.
These thin waffle cookies came over from Abruzzo with my grandmother, along with a heavy iron that you held over the gas flame. I use an electric iron now. My grandmother would say that is cheating. She would also eat six of them.
IMG: A stack of pizzelle dusted with sugar.
**Pizzelle (makes about 30)**
- 3 eggs
- 3/4 cup sugar
- 1/2 cup melted butter, cooled
- 1 tablespoon anise extract or 1 teaspoon anise seed
- 1 3/4 cups flour
- 2 teaspoons baking powder
Beat the eggs and sugar until thick. Stir in the butter and anise, then the flour and baking powder. The batter should be thick, like a soft cookie dough.
Drop a rounded tablespoon onto the centre of each pattern of the hot iron, close it and bake for about 45 seconds, until just golden.
Lift them off with a fork and cool flat on a rack. They crisp as they cool.
They keep for two weeks in a tin, if you hide the tin.
''')
