/**
 * Invented stories of kinds the stories-dev set lacks (a train derailment, a mine collapse, a
 * fraud trial), 4–5 short articles each in the styles real outlets use (wire copy, a local
 * paper, a rewrite, a translation-like text, a trade or business brief). Fictional places,
 * companies and people. Each story lists, written before the engine was run on it, the
 * differences a careful reader would list (`differences`) and things that must not be reported
 * (`negatives`): the probe of issue 13 for comparison rules that generalise beyond death tolls.
 */
export interface ProbeArticle {
  outlet: string;
  /** Left out for pages that carry no publication date (a dateline only). */
  published?: string;
  text: string;
}

export interface ProbeDifference {
  /** What differs, as a reader would say it. */
  fact: string;
  /** A word of each side's claim span, to match against a report item (lower case); one side for an omission. */
  sides: string[][];
  /** `omission`: a fact some outlets carry and others leave out, found as an omission item whose evidence has the cue. */
  kind?: "omission";
}

export interface ProbeStory {
  name: string;
  articles: ProbeArticle[];
  differences: ProbeDifference[];
  /** Pairs of claim words that must never be set against each other. */
  negatives: { fact: string; sides: string[][] }[];
}

export const PROBE_STORIES: ProbeStory[] = [
  {
    name: "derailment",
    articles: [
      {
        outlet: "Coast Wire", published: "2031-02-02",
        text: "MELLBROOK (Coast Wire) — A freight train carrying industrial chemicals derailed outside Mellbrook at 11:52 p.m. on Saturday, forcing about 2,000 residents from their homes. Thirty-eight of the train's 141 cars left the tracks, including five tankers loaded with vinyl chloride, the operator Northline Rail said. The 1.2-mile-long train was travelling at 47 mph when a wheel bearing failed, according to the National Transport Safety Office. Northline said the cleanup would cost about $20 million. A public hearing on the crash is scheduled for March 14.",
      },
      {
        outlet: "Mellbrook Gazette", published: "2031-02-02",
        text: "Residents of Mellbrook spent Sunday in emergency shelters after 32 cars of a Northline Rail freight train came off the rails shortly before midnight on Saturday. The 2-kilometre train, hauling 141 cars, was moving at about 75 km/h, investigators said. Six tank cars carrying vinyl chloride were among those derailed. Officials said 1,200 people had been evacuated. The train's engineer, 52, was unhurt.",
      },
      {
        outlet: "Daily Ledger", published: "2031-02-03",
        text: "A Northline Rail freight train derailed late on Saturday near Mellbrook, with 38 cars leaving the track. Around 2,000 people were evacuated. The train, nearly 3 miles long, was travelling at 57 mph, the safety office said. The company put the cost of the cleanup at $25m. The engineer, 54, was not injured. A hearing is due on March 16.",
      },
      {
        outlet: "Nordic Post", published: "2031-02-03",
        text: "In the town of Mellbrook a goods train of the company Northline Rail derailed on Saturday around 10 p.m. According to the operator, 38 of 141 cars left the rails. The train had a length of about 1,900 metres and drove with a speed of 76 kilometres per hour. Approximately 2,000 inhabitants had to leave their homes. The costs of the cleaning are estimated at 20 million dollars.",
      },
      {
        outlet: "Rail Times", published: "2031-02-03",
        text: "The Mellbrook derailment is the second on the line in two years: in 2029 a Northline train of 90 cars derailed near Ostby at 30 mph. Saturday's train, with 141 cars, was travelling at 47 mph. Northline operates 320 locomotives and employs 4,100 people.",
      },
    ],
    differences: [
      { fact: "cars derailed: 38 vs 32", sides: [["38", "thirty-eight"], ["32"]] },
      { fact: "tankers of vinyl chloride: five vs six", sides: [["five"], ["six"]] },
      { fact: "evacuated the same day: about 2,000 vs 1,200", sides: [["2,000"], ["1,200"]] },
      { fact: "train length: 1.2 miles / 2 km / about 1,900 m vs nearly 3 miles", sides: [["1.2", "2-kilometre", "1,900"], ["3 miles"]] },
      { fact: "speed: 47 mph / about 75 km/h / 76 km/h vs 57 mph", sides: [["47", "75", "76"], ["57"]] },
      { fact: "time of the derailment: 11:52 p.m. / shortly before midnight vs around 10 p.m.", sides: [["11:52", "midnight"], ["10 p.m."]] },
      { fact: "cleanup cost: about $20 million / 20 million dollars vs $25m", sides: [["$20 million", "20 million"], ["$25m"]] },
      { fact: "hearing date: March 14 vs March 16", sides: [["march 14"], ["march 16"]] },
      { fact: "engineer's age: 52 vs 54", sides: [["52"], ["54"]] },
    ],
    negatives: [
      { fact: "the 141 cars of the train are not the cars derailed", sides: [["141"], ["38", "32", "thirty-eight"]] },
      { fact: "a 2029 derailment's speed is not this train's", sides: [["30"], ["47", "57"]] },
      { fact: "a 2029 derailment's cars are not this train's", sides: [["90"], ["38", "32", "141"]] },
      { fact: "47 mph and 75 km/h are one speed", sides: [["47"], ["75", "76"]] },
      { fact: "1.2 miles and 2 km are one length", sides: [["1.2"], ["2-kilometre", "1,900"]] },
    ],
  },
  {
    name: "mine",
    articles: [
      {
        outlet: "Coast Wire", published: "2031-10-07",
        text: "Rescuers were trying to reach 14 miners trapped 400 metres underground after a tunnel collapsed at the Karsvik copper mine at 6:40 a.m. on Monday, the operator Halden Metals said. Nine other workers were rescued with minor injuries. The collapse happened during a shift change, with 23 workers underground. Halden Metals shares fell 12 percent in Stockholm trading.",
      },
      {
        outlet: "Karsvik Herald", published: "2031-10-07",
        text: "Twelve miners remain trapped some 1,300 feet below the surface at the Karsvik mine after a collapse just after 6 a.m. on Monday. Rescue teams brought nine colleagues to safety overnight. A 40-tonne drilling rig has been flown in to bore an escape shaft. The mine, which employs 850 people, was fined $1.4 million in 2027 for safety breaches.",
      },
      {
        outlet: "Metro Daily", published: "2031-10-08",
        text: "Fourteen miners are trapped at a depth of about 500 metres in the Karsvik copper mine, which caved in at 8:15 a.m. on Monday. Eight workers were rescued. A 25-ton drilling machine is being brought to the site. Halden Metals said the rescue could take up to five days.",
      },
      {
        outlet: "Nordic Post", published: "2031-10-08",
        text: "In the copper mine of Karsvik 14 miners have been trapped since Monday morning at a depth of 400 meters. The collapse happened at 6.40 in the morning. Nine miners could be rescued. The drilling machine weighs 40 tonnes. The company Halden Metals says the rescue can last seven days.",
      },
      {
        outlet: "Market Brief", published: "2031-10-07",
        text: "Shares in Halden Metals fell 9% on Tuesday after Monday's collapse at its Karsvik mine, where 14 miners are trapped. The company produced 210,000 tonnes of copper last year. Its Lappo mine, 60 km away, was unaffected.",
      },
    ],
    differences: [
      { fact: "miners trapped the same day: 14 vs 12", sides: [["14", "fourteen"], ["twelve"]] },
      { fact: "depth: 400 m / 1,300 feet vs about 500 metres", sides: [["400", "1,300"], ["500"]] },
      { fact: "time of the collapse: 6:40 a.m. / just after 6 a.m. vs 8:15 a.m.", sides: [["6:40", "6 a.m.", "6.40"], ["8:15"]] },
      { fact: "workers rescued: nine vs eight", sides: [["nine"], ["eight"]] },
      { fact: "drilling machine: 40 tonnes vs 25 tons", sides: [["40"], ["25"]] },
      { fact: "rescue duration: up to five days vs seven days", sides: [["five days"], ["seven days"]] },
    ],
    negatives: [
      { fact: "shares fell on different days (12 percent Monday, 9% Tuesday)", sides: [["12"], ["9%"]] },
      { fact: "copper output is not the drilling machine's mass", sides: [["210,000"], ["40", "25"]] },
      { fact: "the distance to another mine is not the depth", sides: [["60"], ["400", "500", "1,300"]] },
      { fact: "workers underground are not miners trapped", sides: [["23"], ["14", "twelve", "fourteen"]] },
    ],
  },
  {
    name: "trial",
    articles: [
      {
        outlet: "Coast Wire", published: "2031-05-09",
        text: "A London court on Friday sentenced Dorian Vale, 47, the founder of Brightwater Pensions, to 12 years in prison for defrauding more than 300 investors of £31 million. Judge Helen Marsh also fined him £2.5m. His business partner, Mara Quill, 39, was jailed for four years. Vale's lawyers said he would appeal, with a hearing set for June 3.",
      },
      {
        outlet: "City Chronicle", published: "2031-05-09",
        text: "Brightwater founder Dorian Vale was jailed for 14 years on Friday after a six-week trial at Southwark Crown Court. The 45-year-old had taken £31m from 250 investors, the court heard. He was also ordered to pay a £3 million fine. Co-defendant Mara Quill received four years.",
      },
      {
        outlet: "Daily Ledger", published: "2031-05-10",
        text: "Dorian Vale, 47, was handed a 12-year sentence on Friday. The jury had convicted him after an eight-week trial and more than 11 hours of deliberations. Vale cheated some 300 savers out of over £30 million. An appeal will be heard on June 5.",
      },
      {
        outlet: "Nordic Post", published: "2031-05-10",
        text: "The founder of the pension company Brightwater, Dorian Vale (47), was condemned on Thursday to twelve years of prison. The damage amounts to 31 million pounds. The jury deliberated for nine hours. Vale must additionally pay a fine of 2.5 million pounds.",
      },
    ],
    differences: [
      { fact: "prison sentence: 12 years vs 14 years", sides: [["12", "twelve"], ["14"]] },
      { fact: "Vale's age: 47 vs 45", sides: [["47"], ["45"]] },
      { fact: "fine: £2.5m / 2.5 million pounds vs £3 million", sides: [["2.5"], ["3 million"]] },
      { fact: "investors: more than 300 vs 250", sides: [["300"], ["250"]] },
      { fact: "trial length: six weeks vs eight weeks", sides: [["six-week"], ["eight-week"]] },
      { fact: "jury deliberations: more than 11 hours vs nine hours", sides: [["11 hours"], ["nine hours"]] },
      { fact: "sentencing day: Friday vs Thursday", sides: [["friday"], ["thursday"]] },
      { fact: "appeal hearing: June 3 vs June 5", sides: [["june 3"], ["june 5"]] },
      { fact: "amount taken: £31 million vs over £30 million (qualifier)", sides: [["£31 million", "£31m", "31 million"], ["£30 million"]] },
    ],
    negatives: [
      { fact: "Quill's sentence is not Vale's", sides: [["four"], ["12", "14", "twelve"]] },
      { fact: "Quill's age is not Vale's", sides: [["39"], ["47", "45"]] },
    ],
  },
];
