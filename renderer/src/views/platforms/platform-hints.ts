/**
 * What each platform is good for in a PLN, in short, after the seed blog post ("Social
 * Media Platforms" table and the paragraphs around it). Keyed like the map's platform hubs
 * (graph/platforms.ts `platformKey`). A platform the post does not discuss gets no hint.
 */
export const PLATFORM_HINTS: Readonly<Record<string, string>> = {
  x: 'Quick updates and discussion; professional and personal networking. Good for collaborating with people in your field and building a professional identity.',
  linkedin: 'A professional network: sharing resources and industry insights, finding opportunities, and reaching out to researchers and professors in your field.',
  reddit: 'Community-based learning and resource sharing: each subreddit is a community where you can ask questions and start discussions (r/scienceofreading, r/bettafishcare).',
  instagram: 'Visual and short-form content, and professional networking: a window on challenges and trends in the field.',
  facebook: 'Group discussions and resource sharing; shares carry a post to friends who would not have seen it.',
  tiktok: 'Visual and short-form content and personal networking: quick demos and trends, not a source to cite.',
  youtube: 'Visual and short-form content: tutorials, demo lessons and reviews (Crash Course, Khan Academy) to learn at your own pace.',
  slack: 'Where lab groups and science fields talk to one another: collaborate, ask, and get feedback on your own work.',
  'face to face': 'Face-to-face connections deepen your understanding of coursework and let you share with peers; trust grows slowly and needs regular watering.',
  'apa-psycinfo': 'Academic sources: the research findings influencing the field. Balance them with what practitioners share.',
  podcast: 'Long-form listening on your own schedule (the seed’s example: Sold a Story) — flexible for busy weeks.',
  quora: 'Questions and answers: both asking and answering keep the give and take of a PLN alive.',
};

/** The post's two dynamics that hold on every platform, shown once above the list. */
export const PLATFORM_DYNAMICS =
  'Engagement leads to visibility: likes, comments and shares spread what you post (extrinsic motivation, and the ripple effect of reposts). ' +
  'And real-time connections reach across the globe. Choose platforms whose kind of engagement fits what you need, and watch for a topic fed by one platform only: that is where confirmation bias grows.';
