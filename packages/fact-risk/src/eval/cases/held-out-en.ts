import { type EvalCase } from '../case.js';

/**
 * Held-out set, English: written after the extractors were frozen, four drafts per content type. Marks are
 * explained in `../case.ts`.
 */
export const HELD_OUT_EN: readonly EvalCase[] = [
  {
    id: 'held-en-marketing-toothbrush',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'SonicWave 5 product page',
      targetLength: 150,
      facts: ['Includes 2 brush heads', 'Price $59.99'],
      fields: {
        productName: 'SonicWave 5 toothbrush',
        category: 'Personal care',
        sellingPoints: ['40,000 strokes per minute', '5 cleaning modes', '30-day battery life'],
      },
    },
    draft: `SonicWave 5 — A Dentist-Level Clean at Home

Upgrade your routine with <<40,000>> sonic strokes per minute that sweep away plaque along the gumline. Choose from <<5>> cleaning modes, from Sensitive to Whitening, and enjoy up to <<30 days>> of brushing on a single charge.

In the box: the handle, <<2>> brush heads and a travel case.

Clinically shown to remove up to [[number:10x]] more plaque than a manual toothbrush, and recommended by [[number:9 out of 10]] dentists.

Just <<$59.99>> — replacement heads are [[money:$12.99]] for a [[number:3]]-pack.`,
  },
  {
    id: 'held-en-marketing-meal-kit',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'GreenPlate first-box email',
      targetLength: 180,
      facts: ['First box 50% off', 'Plans from $7.99 per serving', 'Delivery Tuesday to Friday'],
      fields: {
        productName: 'GreenPlate meal kits',
        category: 'Meal kit delivery',
        sellingPoints: ['Recipes ready in 30 minutes or less', 'Organic produce', 'Recyclable packaging'],
        channel: 'email',
      },
    },
    draft: `Subject: <<50%>> off your first GreenPlate box 🥕

Hi friend,

Dinner doesn't have to be a chore. <<GreenPlate>> delivers fresh, organic ingredients and easy recipes that are ready in <<30 minutes>> or less.

Why home cooks love us:
• Chef-designed menus that change every week, with over [[number:40]] recipes to choose from
• Organic produce sourced from [[name:Riverbend Farms]] and other local growers
• Recyclable packaging — we've kept [[number:2 million]] pounds of plastic out of landfills

Plans start at just <<$7.99>> per serving, and your first box is <<50%>> off. Choose any delivery day from Tuesday to Friday.

[[quote:"I finally cook at home four nights a week instead of ordering takeout."]] – [[name:Jenna]], Austin

Happy cooking,
The GreenPlate Team`,
  },
  {
    id: 'held-en-marketing-coworking',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Hive Studios landing page',
      targetLength: 180,
      facts: ['Hot desk £180 per month', 'Located 3 minutes from Old Street station', 'Free coffee and tea'],
      fields: {
        productName: 'Hive Studios coworking',
        category: 'Coworking',
        sellingPoints: ['24/7 access', 'Meeting rooms bookable by the hour', 'Fast fibre internet'],
        channel: 'landing_page',
      },
    },
    draft: `## Work Where Ideas Buzz

<<Hive Studios>> is a bright, friendly coworking space just <<3 minutes>> from <<Old Street>> station. With 24/7 access, you can work when inspiration strikes — early morning or late at night.

- Hot desks from <<£180>> a month
- Meeting rooms you can book by the hour, from [[money:£25]]
- Fast fibre internet up to [[number:1 Gbps]]
- Free coffee and tea, plus a monthly community breakfast

Join a community of [[number:300+]] founders, freelancers and creatives. Members include designers from [[name:Studio Nord]] and the team behind [[name:Loop Analytics]].

Book a free day pass today.`,
  },
  {
    id: 'held-en-marketing-language-app',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'LinguaLeap social post',
      targetLength: 100,
      facts: ['Free plan available', 'Premium $12.99/month or $79.99/year'],
      fields: {
        productName: 'LinguaLeap',
        category: 'Language learning app',
        sellingPoints: ['5-minute daily lessons', 'Speech recognition for pronunciation', '12 languages'],
        channel: 'social_post',
      },
    },
    draft: `Learn a language in just <<5 minutes>> a day 🌍
<<LinguaLeap>> turns your coffee break into a lesson. Pick from <<12>> languages, practise speaking with instant pronunciation feedback, and keep your streak alive.
Studies from [[name:Cambridge University]] show that short daily practice beats weekend cramming by [[number:2.5x]].
Go Premium for <<$79.99>>/year — that's just <<$6.67>> a month — or stay on the free plan forever.
Over [[number:8 million]] learners already leap ahead with us. Download now! #LearnLanguages`,
  },
  {
    id: 'held-en-news-airport',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Lakeside terminal groundbreaking',
      targetLength: 400,
      facts: [
        'Project cost $640 million',
        'Expected to open in 2028',
        'Terminal will handle 8 million passengers a year',
      ],
      fields: {
        headlineIdea: 'Lakeside airport breaks ground on new terminal',
        facts: {
          who: 'Lakeside County Airport Authority',
          what: 'broke ground on a new terminal that will add 14 gates',
          when: 'June 18, 2025',
          where: 'Lakeside County Airport',
        },
        quotes: [
          {
            speaker: 'Marcus Hale',
            role: 'Authority CEO',
            text: 'This terminal is built for the next 30 years of growth.',
          },
        ],
      },
    },
    draft: `Lakeside airport breaks ground on <<$640 million>> terminal

LAKESIDE — The <<Lakeside County Airport Authority>> broke ground Wednesday on a new terminal that will add <<14>> gates and handle <<8 million>> passengers a year when it opens in <<2028>>.

The project will create about [[number:2,500]] construction jobs, officials said, and is funded by airport revenue bonds and a [[money:$95 million]] federal grant.

<<"This terminal is built for the next 30 years of growth,">> said Authority CEO <<Marcus Hale>>. He said passenger traffic has grown [[percentage:22%]] since [[date:2019]].

Airlines including [[name:Delta]] and [[name:Southwest]] have committed to the new gates, according to the authority.`,
  },
  {
    id: 'held-en-news-library',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Eastfield library reopens',
      targetLength: 350,
      facts: [
        'Renovation cost $18.5 million',
        "New makerspace and children's wing",
        'Open seven days a week',
      ],
      fields: {
        headlineIdea: "Eastfield's main library reopens after renovation",
        facts: {
          who: 'Eastfield Public Library',
          what: 'reopened its main branch after a two-year renovation',
          when: 'Saturday, October 4, 2025',
        },
        quotes: [
          {
            speaker: 'Rosa Jimenez',
            role: 'library director',
            text: 'We built this place with the community, for the community.',
          },
        ],
      },
    },
    draft: `Eastfield's main library reopens after two-year renovation

The <<Eastfield Public Library>> reopened its main branch on Saturday after a <<two-year>> renovation that cost <<$18.5 million>>.

Visitors lined up before the doors opened at [[date:10 a.m.]], and more than [[number:4,000]] people came through on the first day, according to library staff.

The building now includes a makerspace with 3D printers and a laser cutter, a new children's wing and a rooftop reading garden. It is open <<seven days>> a week.

<<"We built this place with the community, for the community,">> library director <<Rosa Jimenez>> said. [[quote:"Libraries are the last free indoor public space we have."]]

The original library opened in [[date:1962]] and was last renovated in [[date:1998]].`,
  },
  {
    id: 'held-en-news-funding',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Brightline AI Series C',
      targetLength: 350,
      facts: ['Company valued at $1.1 billion', 'Plans to double its engineering team', 'Founded in 2019'],
      fields: {
        headlineIdea: 'Brightline AI raises $120 million',
        facts: {
          who: 'Brightline AI',
          what: 'raised $120 million in Series C funding led by Northstar Ventures',
          when: 'announced March 3, 2025',
        },
        quotes: [
          {
            speaker: 'Priya Raman',
            role: 'co-founder and CEO',
            text: "We're going to put this money into research.",
          },
        ],
      },
    },
    draft: `Brightline AI raises <<$120 million>> at <<$1.1 billion>> valuation

<<Brightline AI>> said on Monday it raised <<$120 million>> in a Series C round led by <<Northstar Ventures>>, valuing the <<2019>>-founded startup at <<$1.1 billion>>.

Existing investors [[name:Sequoia Capital]] and [[name:Index Ventures]] also took part. The company, which now has [[number:180]] employees, plans to double its engineering team by the end of [[date:2026]].

<<"We're going to put this money into research,">> co-founder and CEO <<Priya Raman>> said in an interview. Revenue tripled last year, she said, without giving figures.`,
  },
  {
    id: 'held-en-news-flu-campaign',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Free flu shot campaign',
      targetLength: 350,
      facts: [
        'Free for residents aged 6 months and older',
        'Last season about 41% of adults were vaccinated',
      ],
      fields: {
        headlineIdea: 'State launches free flu shots at pharmacies',
        facts: {
          who: 'State Department of Health',
          what: 'launched a free flu vaccination campaign at 220 pharmacies',
          when: 'starting October 1, 2025',
        },
        quotes: [
          {
            speaker: 'Dr. Alan Brooks',
            role: 'State Health Commissioner',
            text: 'The best time to get vaccinated is before flu starts spreading.',
          },
        ],
      },
    },
    draft: `State launches free flu shot campaign at <<220>> pharmacies

The <<State Department of Health>> will offer free flu vaccines at <<220>> pharmacies starting <<Oct. 1>>, in an effort to raise vaccination rates after a severe season last winter.

The shots are free for residents aged <<6 months>> and older. Last season, about <<41%>> of adults got vaccinated, well below the [[percentage:70%]] target set by federal health officials.

<<"The best time to get vaccinated is before flu starts spreading,">> said <<Dr. Alan Brooks>>, the state's health commissioner. <<Brooks>> said flu sent more than [[number:9,800]] residents to the hospital last season.

The campaign will cost about [[money:$14 million]] and runs through [[date:March 31]].`,
  },
  {
    id: 'held-en-video-burnt-pan',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Burnt pan cleaning hack',
      targetLength: 80,
      facts: [
        'Sprinkle baking soda and add a little water',
        'Let it sit, then scrub',
        'No harsh chemicals needed',
      ],
      fields: {
        topic: 'Cleaning a burnt pan with baking soda',
        platform: 'tiktok',
        durationSeconds: 30,
        callToAction: 'Follow for more cleaning hacks',
      },
    },
    draft: `[0-2s] Close-up of a badly burnt pan
Text: "Don't throw it out!"
[2-10s] Sprinkling baking soda
VO: Sprinkle a generous layer of baking soda — about [[number:3 tablespoons]] — and add a splash of water.
[10-20s] Timer on screen: 15:00
VO: Let it sit for [[number:15 minutes]], then scrub with a non-scratch sponge.
[20-28s] Pan shining
VO: No harsh chemicals, and it works on [[percentage:90%]] of burnt stains.
[28-30s]
VO: Follow for more cleaning hacks!`,
  },
  {
    id: 'held-en-video-venus',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Venus day length',
      targetLength: 120,
      facts: [
        'A day on Venus lasts about 243 Earth days',
        'Venus spins backwards compared with most planets',
        'A year on Venus is about 225 Earth days',
      ],
      fields: {
        topic: 'How long is a day on Venus?',
        platform: 'youtube_shorts',
        durationSeconds: 45,
        callToAction: 'Subscribe for a space fact every day',
      },
    },
    draft: `Hook: A day on Venus is longer than its year. Wait, what?

Venus spins so slowly that one full rotation takes about <<243 Earth days>>. But it orbits the Sun in about <<225 days>>, so its day is longer than its year.

Even stranger, Venus spins backwards compared with most planets — so the Sun rises in the west. Scientists think a massive collision billions of years ago may have flipped it.

Venus is also the hottest planet, with surface temperatures around [[number:465°C]] — hot enough to melt lead. [[name:NASA]]'s [[name:DAVINCI]] mission will visit in [[date:2029]].

Subscribe for a space fact every day!`,
  },
  {
    id: 'held-en-video-angry-customer',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'De-escalation training',
      targetLength: 300,
      facts: [
        'Listen without interrupting',
        "Acknowledge the customer's feelings",
        'Offer a clear next step and a time frame',
        'Escalate to a supervisor if the customer asks',
      ],
      fields: {
        topic: 'Handling an angry customer on the phone',
        platform: 'training_video',
        durationSeconds: 150,
        callToAction: 'Complete the role-play exercise in the LMS',
      },
    },
    draft: `SCENE 1: Call center floor, a phone rings
NARRATOR: Every week, our support team takes about [[number:3,000]] calls. A few of them will be tough. Here's how to handle them.

SCENE 2: Agent listening on headset
NARRATOR: Step one: listen without interrupting. Let the customer finish, even if it takes a while. Research shows customers calm down within [[number:90 seconds]] when they feel heard.

SCENE 3: Agent speaking calmly
AGENT: "I understand how frustrating this must be, and I'm going to help you sort it out."
NARRATOR: Step two: acknowledge their feelings. Step three: offer a clear next step and a time frame — for example, "You'll get an email from us within [[number:24 hours]]."

SCENE 4: Supervisor joins
NARRATOR: If the customer asks for a supervisor, escalate right away. Team lead [[name:Maria Gonzalez]] says [[quote:"escalating early saves everyone time and keeps the customer's trust."]]

NARRATOR: Now complete the role-play exercise in the LMS.`,
  },
  {
    id: 'held-en-video-taqueria',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: "Rosa's Taqueria opening",
      targetLength: 80,
      facts: [
        'Opening day Saturday, May 10',
        'Free churro with every order on opening day',
        'Address: 214 Elm Street',
      ],
      fields: {
        topic: "Grand opening of Rosa's Taqueria",
        platform: 'tiktok',
        durationSeconds: 30,
        callToAction: "Tag a friend you're bringing",
      },
    },
    draft: `[0-3s] Neon sign flickers on: ROSA'S TAQUERIA
VO: Tacos just got a new home in town 🌮
[3-12s] Sizzling al pastor on the trompo
VO: <<Rosa's Taqueria>> opens Saturday, <<May 10>> at <<214>> <<Elm Street>>, with recipes from Rosa's grandmother in Oaxaca.
[12-22s] Plates of tacos, churros dusted with sugar
VO: Every order on opening day comes with a free churro, and the first [[number:100]] guests get tacos for [[money:$1]] each.
[22-30s] Friends laughing at a table
VO: Doors open at [[date:11 a.m.]]. Tag a friend you're bringing!`,
  },
];
