import { type EvalCase } from '../case.js';

/** Development set, English: eight drafts per content type. Marks are explained in `../case.ts`. */
export const DEV_EN: readonly EvalCase[] = [
  {
    id: 'dev-en-marketing-backpack',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'TrailLite backpack launch post',
      targetLength: 120,
      tone: 'adventurous',
      audience: 'weekend hikers',
      facts: ['Weighs 780 g', 'Made from 100% recycled nylon'],
      fields: {
        productName: 'TrailLite 28L backpack',
        category: 'Outdoor gear',
        sellingPoints: ['Under 800 g, yet holds a full day kit', 'Recycled nylon; rain-resistant coating'],
        channel: 'social_post',
        mustSay: ['recycled nylon'],
      },
    },
    draft: `Meet the <<TrailLite 28L>> 🎒
Light enough to forget, tough enough for the whole trail. At just <<780 g>>, it carries a full day kit without dragging you down.
♻️ <<100%>> recycled nylon shell with a rain-resistant coating
🧭 [[number:12]] pockets, including a padded sleeve for a [[number:15-inch]] laptop
🏔️ Tested over [[number:500 miles]] of the [[name:Pacific Crest Trail]] by the team at [[name:Outdoor Lab]]
Grab yours for [[money:$89]] — this weekend only, [[percentage:20%]] off!`,
  },
  {
    id: 'dev-en-marketing-coffee-email',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Brewline welcome email',
      targetLength: 180,
      facts: ['Each box holds two 250 g bags', 'Plans start at $24 a month'],
      fields: {
        productName: 'Brewline Monthly',
        category: 'Coffee subscription',
        sellingPoints: [
          'Freshly roasted beans shipped within 48 hours of roasting',
          'Pause or cancel anytime',
          'Free shipping on every box',
        ],
        channel: 'email',
      },
    },
    draft: `Subject: Your first box of Brewline is waiting ☕

Hi there,

Great coffee shouldn't be a gamble. With <<Brewline Monthly>>, every box brings two <<250 g>> bags of beans roasted to order and shipped within <<48 hours>> of roasting.

Here's why [[number:40,000]] coffee lovers already subscribe:
- Beans sourced from [[number:18]] partner farms in Colombia, Ethiopia and Guatemala
- Free shipping on every box
- Pause or cancel anytime — no questions asked

Plans start at <<$24>> a month, and if you join before [[date:October 15]], your first box is [[percentage:50%]] off.

[[quote:"Brewline changed how I start my mornings. I'll never go back to supermarket beans."]] — [[name:Megan Torres]], Portland

Cheers,
The Brewline Team`,
  },
  {
    id: 'dev-en-marketing-serum',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Lumen serum landing page',
      targetLength: 200,
      facts: ['15% vitamin C (L-ascorbic acid)', '30 ml bottle', 'Dermatologist-tested', 'Price $42'],
      fields: {
        productName: 'Lumen Vitamin C Serum',
        category: 'Skincare',
        sellingPoints: ['Brightens dull skin', 'Lightweight, fast-absorbing', 'Fragrance-free'],
        channel: 'landing_page',
      },
    },
    draft: `# Lumen Vitamin C Serum
## Brighter skin, backed by science

Dull, tired skin? <<Lumen Vitamin C Serum>> delivers <<15%>> vitamin C (L-ascorbic acid) in a lightweight, fragrance-free formula that sinks in fast.

In a [[number:12-week]] clinical study, [[percentage:94%]] of participants saw visibly brighter skin. Dermatologist-tested and endorsed by the [[name:American Skin Association]].

[[quote:"I recommend a stable vitamin C serum to nearly all of my patients."]] — [[name:Dr. Rachel Kim]], board-certified dermatologist

One <<30 ml>> bottle lasts about [[number:two months]]. Yours for <<$42>>.`,
  },
  {
    id: 'dev-en-marketing-blender',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'AeroBlend Pro product page',
      targetLength: 150,
      facts: ['2-year warranty', 'Dishwasher-safe jar'],
      fields: {
        productName: 'AeroBlend Pro',
        category: 'Kitchen appliance',
        sellingPoints: ['1200 W motor', '1.5 L BPA-free jar', '6 preset programs'],
      },
    },
    draft: `<<AeroBlend Pro>> — Smoothies in Seconds

Power through frozen fruit, ice and nuts with a <<1200 W>> motor that spins at up to [[number:30,000 RPM]].
• <<1.5 L>> BPA-free jar — enough for the whole family
• <<6>> preset programs: smoothie, soup, crush, pulse, clean and nut butter
• Dishwasher-safe jar for easy cleanup
• Backed by a <<2-year>> warranty

Rated [[number:4.8 stars]] by over [[number:3,500]] home cooks. Order today and get a free travel cup worth [[money:$19.99]].`,
  },
  {
    id: 'dev-en-marketing-taskpilot',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'TaskPilot landing page',
      targetLength: 180,
      facts: ['Business plan costs $8 per user per month', '14-day free trial of Business features'],
      fields: {
        productName: 'TaskPilot',
        category: 'Project management software',
        sellingPoints: [
          'Kanban, list and calendar views',
          'Integrates with Slack and Google Drive',
          'Free for teams up to 10 people',
        ],
        channel: 'landing_page',
      },
    },
    draft: `## Stop chasing updates. Start shipping.

TaskPilot brings your team's work into one place with Kanban, list and calendar views. Connect Slack and <<Google Drive>> in a click, and every update lands where your team already works.

- Free for teams of up to <<10>> people
- Business plan at just <<$8>> per user per month
- Try every Business feature free for <<14 days>>

Teams using TaskPilot ship [[percentage:37%]] faster on average, according to a [[date:2024]] survey by [[name:Forrester Research]]. Join [[number:more than 25,000]] teams, including [[name:Shopify]] and [[name:Canva]].`,
  },
  {
    id: 'dev-en-marketing-hotel',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Harbor View Inn summer page',
      targetLength: 180,
      facts: [
        '5-minute walk from the ferry terminal',
        'All rooms have sea-facing balconies',
        'Summer package: 2 nights from $320, breakfast included',
      ],
      fields: {
        productName: 'Harbor View Inn',
        category: 'Boutique hotel',
        sellingPoints: ['Sea-facing balconies', 'Family-run since 1998', 'Rooftop terrace'],
        channel: 'landing_page',
      },
    },
    draft: `Wake Up to the Sea at Harbor View Inn

Just a <<5-minute>> walk from the ferry terminal, <<Harbor View Inn>> has welcomed travellers since <<1998>>. Every room opens onto a sea-facing balcony, and our rooftop terrace is the best seat in town at sunset.

Summer package: <<2>> nights from <<$320>>, breakfast included. Book by [[date:June 30]] and we'll add a [[money:$50]] dining credit.

[[quote:"The most charming stay we've had on the whole coast."]] — [[name:Condé Nast Traveler]]

Only [[number:24]] rooms — reserve yours today.`,
  },
  {
    id: 'dev-en-marketing-bootcamp-email',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Data Storytelling Bootcamp early-bird email',
      targetLength: 200,
      facts: [
        '6 weeks, live sessions every Tuesday at 7 pm ET',
        'Taught by Priya Nair, former analytics lead',
        'Early-bird price $349 until May 31',
        'Certificate of completion',
      ],
      fields: {
        productName: 'Data Storytelling Bootcamp',
        category: 'Online course',
        sellingPoints: [
          'Build portfolio-ready dashboards',
          'Small cohorts of 30 students',
          'Weekly feedback',
        ],
        channel: 'email',
      },
    },
    draft: `Subject: Turn your data into decisions — early-bird ends <<May 31>>

Hi Alex,

Numbers don't speak for themselves. Stories do. In the <<Data Storytelling Bootcamp>>, you'll learn to turn raw spreadsheets into dashboards that get decisions made.

Over <<6 weeks>>, join live sessions every Tuesday at <<7 pm>> ET with <<Priya Nair>>, former analytics lead at [[name:Spotify]]. Cohorts are capped at <<30>> students, so you get real feedback every week.

[[percentage:89%]] of past students landed a promotion or new role within [[number:six months]].

Early-bird price: <<$349>> until <<May 31>> (regular price [[money:$499]]).

See you in class,
Priya`,
  },
  {
    id: 'dev-en-marketing-fitness-app',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'FitPulse social post',
      targetLength: 80,
      facts: ['Free 7-day trial', 'Premium costs $9.99 a month'],
      fields: {
        productName: 'FitPulse',
        category: 'Fitness app',
        sellingPoints: ['10-minute guided workouts', 'No equipment needed', 'Tracks streaks and progress'],
        channel: 'social_post',
      },
    },
    draft: `No gym? No problem. 💪
FitPulse gives you <<10-minute>> guided workouts you can do anywhere — no equipment needed.
🔥 Track your streaks and watch your progress grow
🔥 New workouts added every week by certified trainer [[name:Jake Morrison]]
🔥 Users burn an average of [[number:320 calories]] per session
Start your free <<7-day>> trial today, then just <<$9.99>> a month.
Join [[number:1 million]] people already moving with FitPulse! #FitPulse #HomeWorkout`,
  },
  {
    id: 'dev-en-news-earnings',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Northwind Energy full-year results',
      targetLength: 400,
      facts: ['Net income was $610 million'],
      fields: {
        headlineIdea: 'Northwind Energy posts record revenue',
        facts: {
          who: 'Northwind Energy',
          what: 'reported full-year 2024 revenue of $4.2 billion, up 11% from 2023',
          when: 'February 27, 2025',
          where: 'Houston',
        },
        sources: [{ name: 'Northwind Energy annual report' }],
        quotes: [
          {
            speaker: 'Laura Bennett',
            role: 'CEO',
            text: 'We delivered record output while cutting emissions.',
          },
        ],
      },
    },
    draft: `Northwind Energy Posts Record $4.2 Billion Revenue

HOUSTON — <<Northwind Energy>> reported full-year 2024 revenue of <<$4.2 billion>> on <<Feb. 27>>, up <<11%>> from <<2023>>, as output hit a record high.

Net income rose to <<$610 million>>, while the company's renewables division grew [[percentage:23%]] to [[money:$900 million]] in sales.

<<"We delivered record output while cutting emissions,">> said Chief Executive <<Laura Bennett>>. She added that the company plans to hire [[number:1,500]] workers this year.

Analysts at [[name:Morgan Stanley]] expect revenue to climb another [[percentage:8%]] next year.`,
  },
  {
    id: 'dev-en-news-bike-lanes',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Riverside bike lane vote',
      targetLength: 400,
      facts: [],
      fields: {
        headlineIdea: 'Riverside approves protected bike lanes',
        facts: {
          who: 'Riverside City Council',
          what: 'approved a $35 million plan to add 12 miles of protected bike lanes',
          when: 'Tuesday, March 11, 2025',
          where: 'Riverside',
          why: 'reduce traffic injuries',
          how: 'funded by a state transportation grant and city bonds',
        },
        sources: [{ name: 'Council meeting minutes' }],
        quotes: [{ speaker: 'Daniel Ortiz', role: 'Mayor', text: 'Safer streets are not a luxury.' }],
      },
    },
    draft: `Riverside approves <<$35 million>> bike lane plan

RIVERSIDE — The <<Riverside City Council>> on Tuesday approved a <<$35 million>> plan to build <<12 miles>> of protected bike lanes, aiming to cut traffic injuries across the city.

The vote passed [[number:7-2]] after a [[number:three-hour]] debate. Construction is expected to begin in [[date:September]] and finish by [[date:2027]].

<<"Safer streets are not a luxury,">> Mayor <<Daniel Ortiz>> said after the vote. [[quote:"Every family deserves to get home safely, whether they drive, walk or ride."]]

The project is funded by a state transportation grant and city bonds. Cycling advocacy group [[name:Bike Riverside]] said injuries on the corridor rose [[percentage:18%]] last year.`,
  },
  {
    id: 'dev-en-news-walking-study',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Walking study',
      targetLength: 400,
      facts: [],
      fields: {
        headlineIdea: '7,000 steps a day linked to lower risk of early death',
        facts: {
          who: 'researchers at Lakeshore University',
          what: 'found that adults who walked 7,000 steps a day had a 30% lower risk of early death than those who walked 3,000',
          when: 'published March 4, 2025 in the Journal of Public Health',
          how: 'followed 12,500 adults for 9 years',
        },
        quotes: [
          {
            speaker: 'Dr. Amina Yusuf',
            role: 'lead author',
            text: "You don't need 10,000 steps to see real benefits.",
          },
        ],
      },
    },
    draft: `Walking <<7,000>> steps a day linked to <<30%>> lower risk of early death

Adults who walked about <<7,000>> steps a day had a <<30%>> lower risk of dying early than those who managed <<3,000>>, according to a study by researchers at <<Lakeshore University>>.

The study, published <<March 4>> in the <<Journal of Public Health>>, followed <<12,500>> adults for <<nine years>>.

<<"You don't need 10,000 steps to see real benefits,">> said lead author <<Dr. Amina Yusuf>>. Benefits leveled off above [[number:9,000]] steps, she said.

The findings echo a [[date:2023]] analysis from the [[name:World Health Organization]], which estimated that physical inactivity causes [[number:3.2 million]] deaths a year worldwide.`,
  },
  {
    id: 'dev-en-news-cup-final',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'National cup final report',
      targetLength: 350,
      facts: ['Winning goal scored by Leo Martins in the 88th minute', 'Attendance: 41,200'],
      fields: {
        headlineIdea: 'Harbor City FC win the national cup',
        facts: {
          who: 'Harbor City FC',
          what: 'won the national cup final 2-1 against Valley United',
          when: 'Sunday, May 18, 2025',
          where: 'Grand Stadium',
        },
        quotes: [{ speaker: 'Sam Okafor', role: 'coach', text: 'This group never stopped believing.' }],
      },
    },
    draft: `Late Martins strike wins cup for Harbor City

<<Harbor City FC>> won the national cup final <<2-1>> against <<Valley United>> on Sunday, with <<Leo Martins>> scoring the winner in the 88th minute at <<Grand Stadium>>.

A crowd of <<41,200>> watched Valley United take the lead through [[name:Marco Diaz]] in the [[number:34th]] minute before Harbor City equalized early in the second half.

<<"This group never stopped believing,">> coach <<Sam Okafor>> said. It is the club's first cup title since [[date:2009]].`,
  },
  {
    id: 'dev-en-news-smart-ring',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Orbit Ring launch',
      targetLength: 400,
      facts: ['Price $299', 'Battery lasts up to 7 days', 'Ships October 1 in the US'],
      fields: {
        headlineIdea: 'Orbit Labs unveils a smart ring',
        facts: {
          who: 'Orbit Labs',
          what: 'launched the Orbit Ring, a smart ring that tracks sleep and heart rate',
          when: 'September 9, 2025',
          where: 'San Francisco',
        },
        quotes: [
          {
            speaker: 'Mei Lin',
            role: 'co-founder',
            text: "We wanted health tracking you forget you're wearing.",
          },
        ],
      },
    },
    draft: `<<Orbit Labs>> unveils <<$299>> smart ring

SAN FRANCISCO — <<Orbit Labs>> on <<Sept. 9>> launched the <<Orbit Ring>>, a smart ring that tracks sleep and heart rate, betting that consumers want health data without a bulky watch.

The ring costs <<$299>> and its battery lasts up to <<seven days>>, the company said. It ships <<Oct. 1>> in the U.S., with Europe to follow in [[date:early 2026]].

<<"We wanted health tracking you forget you're wearing,">> co-founder <<Mei Lin>> said. The ring weighs [[number:2.4 grams]] and is water-resistant to [[number:100 meters]].

Market researcher [[name:IDC]] estimates smart ring shipments will reach [[number:4 million]] units this year.`,
  },
  {
    id: 'dev-en-news-school-start',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Later school start times',
      targetLength: 350,
      facts: ['Board vote was unanimous', 'First bell moves from 7:30 a.m. to 8:00 a.m.'],
      fields: {
        headlineIdea: 'Maple Grove high schools to start later',
        facts: {
          who: 'Maple Grove School District',
          what: 'will start classes 30 minutes later at its two high schools next school year',
          when: 'starting August 2025',
          why: 'research links later start times to better sleep and attendance',
        },
        quotes: [{ speaker: 'Karen Liu', role: 'Superintendent', text: "Our students' health comes first." }],
      },
    },
    draft: `Maple Grove high schools to start <<30 minutes>> later

The <<Maple Grove School District>> will push back the start of the school day by <<30 minutes>> at its two high schools beginning in <<August 2025>>, after a unanimous board vote.

The first bell will move from <<7:30 a.m.>> to <<8 a.m.>>, a change that will affect about [[number:3,400]] students. Bus routes will be redrawn over the summer at a cost of [[money:$120,000]].

<<"Our students' health comes first,">> Superintendent <<Karen Liu>> said. She pointed to a [[name:Stanford University]] study that found later start times raised attendance by [[percentage:6%]].`,
  },
  {
    id: 'dev-en-news-trail-reopens',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Yellow Creek trail reopens',
      targetLength: 350,
      facts: [
        'Repairs cost $2.1 million',
        '4.5 miles of trail rebuilt',
        'Floods in June 2024 washed out two bridges',
      ],
      fields: {
        headlineIdea: 'Yellow Creek trail reopens after flood repairs',
        facts: {
          who: 'National Park Service',
          what: 'Yellow Creek trail reopened after flood repairs',
          when: 'June 2, 2025',
        },
        quotes: [
          { speaker: 'Tom Reyes', role: 'park superintendent', text: 'The trail is better than before.' },
        ],
      },
    },
    draft: `Yellow Creek trail reopens a year after floods

The <<National Park Service>> reopened the <<Yellow Creek>> trail on <<June 2>>, nearly a year after floods washed out two bridges and closed the popular route.

Crews rebuilt <<4.5 miles>> of trail at a cost of <<$2.1 million>>, adding [[number:three]] new footbridges and raised boardwalks in low-lying sections.

<<"The trail is better than before,">> park superintendent <<Tom Reyes>> said. He expects more than [[number:200,000]] visitors this season, up from [[number:150,000]] before the floods.

Hikers should check conditions on the park website, Reyes said, because [[quote:"a single heavy storm can still close sections for days."]]`,
  },
  {
    id: 'dev-en-news-warehouse',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'GreenCart automated warehouse',
      targetLength: 350,
      facts: ['The warehouse covers 250,000 square feet', 'Creates 300 jobs'],
      fields: {
        headlineIdea: 'GreenCart opens automated warehouse in Ohio',
        facts: {
          who: 'GreenCart',
          what: 'opens its first automated grocery warehouse in Ohio',
          when: 'April 14, 2025',
          where: 'Columbus, Ohio',
        },
        quotes: [
          { speaker: 'Anita Shah', role: 'COO', text: 'Automation lets us deliver fresher food faster.' },
          {
            speaker: 'Ben Carter',
            role: "spokesperson for the governor's office",
            text: "This is a vote of confidence in Ohio's workforce.",
          },
        ],
      },
    },
    draft: `GreenCart opens automated warehouse in Ohio

COLUMBUS, Ohio — GreenCart opened its first automated grocery warehouse on <<April 14>>, a <<250,000>>-square-foot site that will employ <<300>> people.

[[quote:"Automation lets us deliver fresher food faster,"]] said <<Ben Carter>>, a spokesperson for the governor's office. Robots in the facility can pick [[number:1,200]] orders an hour, the company said.

COO <<Anita Shah>> called the site [[quote:"a vote of confidence in Ohio's workforce."]]

GreenCart plans [[number:five]] more warehouses by [[date:2028]].`,
  },
  {
    id: 'dev-en-video-neck-fan',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Neck fan TikTok',
      targetLength: 80,
      facts: ['12-hour battery', 'Weighs 198 g', 'Bladeless design'],
      fields: {
        topic: 'Neck fan for hot commutes',
        platform: 'tiktok',
        durationSeconds: 30,
        callToAction: 'Tap the link in bio',
      },
    },
    draft: `[0-3s] Close-up: sweaty commuter on a packed train
VO: "Your commute shouldn't feel like a sauna."
[3-12s] Commuter clips on the fan, hair blowing gently
VO: This bladeless neck fan won't tangle your hair, and at just <<198 g>> you'll forget it's there.
[12-22s] Battery graphic
VO: One charge lasts <<12 hours>> — [[number:three times]] longer than most neck fans.
On-screen text: "[[number:200,000]] sold!"
[22-30s] Commuter smiling at the office
VO: Only [[money:$29.99]] today. Tap the link in bio!`,
  },
  {
    id: 'dev-en-video-sky-blue',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Why the sky is blue',
      targetLength: 120,
      facts: [
        'Sunlight contains all colors',
        'Blue light scatters more because of its shorter wavelength (Rayleigh scattering)',
      ],
      fields: {
        topic: 'Why the sky is blue',
        platform: 'youtube_shorts',
        durationSeconds: 45,
        callToAction: 'Follow for more science in a minute',
      },
    },
    draft: `HOOK (0–3s): Ever wondered why the sky is blue and not purple?

Sunlight looks white, but it actually contains all colors. When it hits our atmosphere, tiny gas molecules scatter the light — and shorter wavelengths like blue scatter the most. This is called Rayleigh scattering, named after British physicist [[name:Lord Rayleigh]], who explained it in [[date:1871]].

Blue light scatters about [[number:5.5 times]] more than red light. So why not purple? Our eyes are far more sensitive to blue, and some violet light is absorbed high in the atmosphere.

Follow for more science in a minute!`,
  },
  {
    id: 'dev-en-video-ergonomics',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Desk ergonomics training',
      targetLength: 250,
      facts: [
        'Top of monitor at or slightly below eye level',
        'Feet flat on the floor',
        'Take a short break every 30 minutes',
      ],
      fields: {
        topic: 'Setting up your desk to avoid back pain',
        platform: 'training_video',
        durationSeconds: 120,
        callToAction: 'Complete the checklist in the learning portal',
      },
    },
    draft: `Scene 1 – Office, presenter at a desk
Presenter: Hi, I'm [[name:Jordan Lee]] from the HR team. In the next <<two minutes>>, we'll set up your desk so your back thanks you later.

Scene 2 – Monitor adjustment
Presenter: First, raise or lower your monitor so the top of the screen is at or slightly below eye level, about [[number:50 to 70 centimetres]] away.

Scene 3 – Chair and feet
Presenter: Keep your feet flat on the floor. Your knees should be at roughly a [[number:90]]-degree angle.

Scene 4 – Break reminder
Presenter: Finally, take a short break every <<30 minutes>>. Studies show that office workers who do this report [[percentage:40%]] less back pain.

Presenter: Now, complete the checklist in the learning portal.`,
  },
  {
    id: 'dev-en-video-shrimp',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Garlic butter shrimp TikTok',
      targetLength: 100,
      facts: ['Ready in 15 minutes', 'Serves 2', 'Ingredients: shrimp, butter, garlic, lemon, parsley'],
      fields: {
        topic: '15-minute garlic butter shrimp',
        platform: 'tiktok',
        durationSeconds: 60,
        callToAction: 'Save this for dinner tonight',
      },
    },
    draft: `[0-3s] Sizzling pan close-up
Text on screen: "<<15-MINUTE>> GARLIC BUTTER SHRIMP"
[3-15s] Melt butter, add garlic
VO: Melt [[number:3 tablespoons]] of butter, then toss in [[number:4 cloves]] of minced garlic.
[15-40s] Add shrimp, cook until pink
VO: Add the shrimp and cook about [[number:2 minutes]] per side — don't overcook them!
[40-55s] Squeeze lemon, sprinkle parsley
VO: Finish with lemon and parsley. Dinner for two, ready in <<15 minutes>>.
[55-60s]
VO: Save this for dinner tonight!`,
  },
  {
    id: 'dev-en-video-lisbon',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Lisbon in one day',
      targetLength: 150,
      facts: [
        'Ride Tram 28 through Alfama',
        'Sunset at Miradouro da Senhora do Monte',
        'Try pastéis de nata at a local bakery',
      ],
      fields: {
        topic: '3 things to do in Lisbon in one day',
        platform: 'youtube_shorts',
        durationSeconds: 60,
        callToAction: 'Subscribe for more 60-second city guides',
      },
    },
    draft: `One day in Lisbon? Here's your plan.

Stop 1: Ride the iconic Tram <<28>> through the winding streets of Alfama. Tickets cost [[money:€3]] on board, so grab a [[money:€6.80]] day pass instead.

Stop 2: Grab pastéis de nata at a local bakery. [[name:Pastéis de Belém]] has been baking them since [[date:1837]] and sells around [[number:20,000]] a day.

Stop 3: Catch the sunset at Miradouro da Senhora do Monte, the highest viewpoint in the city.

Subscribe for more <<60-second>> city guides!`,
  },
  {
    id: 'dev-en-video-phishing',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Phishing awareness training',
      targetLength: 250,
      facts: [
        "Check the sender's address",
        'Hover over links before clicking',
        'Report suspicious emails with the Report Phish button',
      ],
      fields: {
        topic: 'Spotting phishing emails',
        platform: 'training_video',
        durationSeconds: 90,
        callToAction: 'Take the 5-question quiz',
      },
    },
    draft: `[Scene 1: An inbox with a suspicious email highlighted]
Narrator: Phishing emails are the most common way attackers get into company systems. In fact, [[percentage:91%]] of cyberattacks start with a phishing email, according to [[name:Deloitte]].
[Scene 2: Zoom on sender address]
Narrator: Tip one: check the sender's address. "support@paypa1-security.com" is not PayPal.
[Scene 3: Cursor hovering over a link]
Narrator: Tip two: hover over links before clicking to see where they really go.
[Scene 4: Report Phish button]
Narrator: Tip three: report anything suspicious with the <<Report Phish>> button. Last year, our security team blocked [[number:12,000]] phishing attempts.
Narrator: Now take the <<5>>-question quiz.`,
  },
  {
    id: 'dev-en-video-sunscreen',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Daily SPF TikTok',
      targetLength: 80,
      facts: ['SPF 50 PA++++', 'Matte finish, no white cast', '50 ml tube costs $18'],
      fields: {
        topic: 'Daily SPF for oily skin',
        platform: 'tiktok',
        durationSeconds: 30,
        callToAction: 'Shop now via the link',
      },
    },
    draft: `POV: you finally found a sunscreen that doesn't make you shiny ☀️
[Show texture on hand]
VO: SPF <<50>>, matte finish, zero white cast.
[Apply on face, show no shine]
VO: I've worn it for [[number:8 hours]] in [[number:35°C]] heat and my makeup stayed put.
VO: Dermatologists at [[name:Mayo Clinic]] recommend [[number:SPF 30]] or higher every single day.
[Hold up tube]
VO: <<50 ml>> for <<$18>>. Shop now via the link!`,
  },
  {
    id: 'dev-en-video-budget-rule',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: '50/30/20 rule explainer',
      targetLength: 120,
      facts: ['50% of take-home pay for needs', '30% for wants', '20% for savings and debt repayment'],
      fields: {
        topic: 'The 50/30/20 budgeting rule',
        platform: 'youtube_shorts',
        durationSeconds: 45,
        callToAction: 'Follow for more money tips',
      },
    },
    draft: `[0-3s] Text: "The 50/30/20 rule"
Host: Struggling to save? Try the 50/30/20 rule.
[3-15s] Pie chart animation
Host: Put <<50%>> of your take-home pay toward needs like rent and groceries, <<30%>> toward wants, and <<20%>> toward savings and paying off debt.
[15-30s] Example on screen
Host: Take home [[money:$4,000]] a month? That's [[money:$2,000]] for needs, [[money:$1,200]] for wants and [[money:$800]] for savings.
[30-45s]
Host: The rule was popularized by [[name:Senator Elizabeth Warren]] in her [[date:2005]] book. Follow for more money tips!`,
  },
];
