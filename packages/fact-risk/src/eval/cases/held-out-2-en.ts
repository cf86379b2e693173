import { type EvalCase } from '../case.js';

/**
 * Second held-out set, English: written after the fixes that the first held-out run led to, two drafts per
 * content type. Marks are explained in `../case.ts`.
 */
export const HELD_OUT_2_EN: readonly EvalCase[] = [
  {
    id: 'held2-en-marketing-mattress',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'CloudRest landing page',
      targetLength: 150,
      facts: ['100-night trial', '10-year warranty', 'Queen size $899'],
      fields: {
        productName: 'CloudRest Hybrid mattress',
        category: 'Mattress',
        sellingPoints: ['Pocketed coils with memory foam', 'Medium-firm feel', 'Cooling cover'],
        channel: 'landing_page',
      },
    },
    draft: `Sleep cooler, wake up better.

The <<CloudRest Hybrid>> pairs [[number:800]] individually pocketed coils with [[number:3 inches]] of cooling memory foam for a medium-firm feel that supports every sleeping position.

Try it at home for <<100 nights>>. If you don't love it, we'll pick it up for free. Every mattress is backed by a <<10-year>> warranty.

Queen size: <<$899>> (was [[money:$1,199]]). Voted "Best Hybrid Mattress" by the [[name:Sleep Foundation]] in [[date:2024]].`,
  },
  {
    id: 'held2-en-marketing-bike-share',
    brief: {
      contentType: 'marketing_copy',
      language: 'en',
      title: 'CityCycle weekend post',
      targetLength: 80,
      facts: ['First ride free', '$0.25 per minute after the first ride'],
      fields: {
        productName: 'CityCycle e-bikes',
        category: 'Bike rental',
        sellingPoints: ['120 docking stations', 'Unlock with the app', 'Helmets available at major stations'],
        channel: 'social_post',
      },
    },
    draft: `Skip the traffic this weekend 🚲
Grab a <<CityCycle>> e-bike from any of our <<120>> stations and zip across town in minutes. Unlock with the app, ride, and dock when you're done.
Your first ride is on us 🎉 After that it's just <<$0.25>> a minute — a [[number:20-minute]] ride costs less than a latte.
Our e-bikes hit speeds up to [[number:20 mph]] and have a range of [[number:40 miles]] per charge.
Join the [[number:50,000]] riders who already made the switch! #CityCycle`,
  },
  {
    id: 'held2-en-news-drought',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Drought emergency',
      targetLength: 350,
      facts: ['Reservoirs are at 38% of capacity', 'Outdoor watering limited to two days a week'],
      fields: {
        headlineIdea: 'Valley Water declares drought emergency',
        facts: {
          who: 'Valley Water District',
          what: 'declared a Stage 2 drought emergency and asked residents to cut water use by 15%',
          when: 'July 8, 2025',
        },
        quotes: [
          {
            speaker: 'Helen Cho',
            role: 'general manager',
            text: "Every gallon we save now is a gallon we'll have in September.",
          },
        ],
      },
    },
    draft: `Valley Water declares drought emergency, asks for <<15%>> cut

The <<Valley Water District>> declared a Stage <<2>> drought emergency on <<July 8>>, asking residents to cut water use by <<15%>> as reservoirs fell to <<38%>> of capacity.

Under the new rules, outdoor watering is limited to two days a week. Households that exceed their allocation could face fines of up to [[money:$500]], the district said.

<<"Every gallon we save now is a gallon we'll have in September,">> said general manager <<Helen Cho>>. The district last declared an emergency in [[date:2021]], when reservoirs dropped to [[percentage:29%]].

Meteorologists at the [[name:National Weather Service]] expect below-average rainfall through [[date:October]].`,
  },
  {
    id: 'held2-en-news-recall',
    brief: {
      contentType: 'news_draft',
      language: 'en',
      title: 'Power bank recall',
      targetLength: 350,
      facts: [
        'Affected model: Voltix Go 20K',
        'Sold between January and August 2025',
        'Customers can get a free replacement',
      ],
      fields: {
        headlineIdea: 'Voltix recalls power banks',
        facts: {
          who: 'Voltix',
          what: 'recalled about 48,000 portable power banks sold in the US because they can overheat',
          when: 'announced November 20, 2025',
        },
        quotes: [
          {
            speaker: 'Dana White',
            role: 'Voltix spokesperson',
            text: 'Customer safety is our top priority.',
          },
        ],
      },
    },
    draft: `Voltix recalls <<48,000>> power banks over overheating risk

<<Voltix>> is recalling about <<48,000>> portable power banks sold in the U.S. because they can overheat, the company said Thursday.

The recall covers the Voltix Go <<20K>> model, sold between January and <<August 2025>>. The company has received [[number:23]] reports of overheating, including [[number:four]] minor burns, according to the [[name:Consumer Product Safety Commission]].

<<"Customer safety is our top priority,">> Voltix spokesperson <<Dana White>> said. Customers can get a free replacement by calling [[number:1-800-555-0199]] or visiting the company's website.`,
  },
  {
    id: 'held2-en-video-basil',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Windowsill basil TikTok',
      targetLength: 100,
      facts: [
        'Basil needs at least 6 hours of sun',
        'Water when the top inch of soil is dry',
        'Pinch off flower buds to keep leaves coming',
      ],
      fields: {
        topic: 'Growing basil on a windowsill',
        platform: 'tiktok',
        durationSeconds: 45,
        callToAction: 'Follow for more small-space gardening',
      },
    },
    draft: `[0-3s] Lush basil plant on a sunny windowsill
VO: Never buy basil again 🌿
[3-15s] Hand pointing at the sun
VO: Basil needs at least <<6 hours>> of sun, so pick your brightest window.
[15-30s] Finger testing the soil
VO: Water only when the top inch of soil is dry — usually every [[number:2 to 3 days]].
[30-40s] Pinching off flowers
VO: Pinch off flower buds so it keeps making leaves. One plant can give you up to [[number:half a pound]] of basil a season.
[40-45s]
VO: Follow for more small-space gardening!`,
  },
  {
    id: 'held2-en-video-eiffel',
    brief: {
      contentType: 'video_script',
      language: 'en',
      title: 'Eiffel Tower history short',
      targetLength: 150,
      facts: [
        "Built for the 1889 World's Fair",
        'Permit was for 20 years',
        'Saved because it was useful as a radio antenna',
      ],
      fields: {
        topic: 'Why the Eiffel Tower was almost torn down',
        platform: 'youtube_shorts',
        durationSeconds: 60,
        callToAction: 'Subscribe for more history in 60 seconds',
      },
    },
    draft: `The Eiffel Tower was supposed to be temporary.

Built for the <<1889>> World's Fair, it only had a permit for <<20 years>>. Many Parisians hated it — in [[date:1887]], a group of [[number:300]] artists signed a petition calling it useless and monstrous.

So why is it still standing? Engineer [[name:Gustave Eiffel]] turned it into a science lab and, crucially, a giant radio antenna. By [[date:1910]], the military relied on it for wireless signals, and the city renewed the permit.

Today it welcomes about [[number:6 million]] visitors a year. Subscribe for more history in <<60 seconds>>!`,
  },
];
