/**
 * The fourth probe of issue 13: three invented stories of event kinds no earlier probe and no
 * stories-dev event covers — a dam failure with a flood evacuation, a crush at a football
 * stadium, a pipeline oil spill — 6 articles each in the styles real coverage has: wire copy, a
 * regional site with a dateline and no publication date, a translation-like text, a
 * content-farm rewrite with odd word substitutions, a trade or fan page. Fictional places,
 * companies and people. Differences of every kind (figures over days with their sources,
 * units, times, places and directions, ages, causes, labels, paraphrased quotes, attribution
 * shifts, facts only some outlets carry) and negatives, all written before the engine was run
 * on these texts.
 */
import type { ProbeArticle } from "./probeStories.js";
import type { FramingKind } from "./probeFramingStories.js";

export interface MixedProbeDifference {
  /**
   * How the difference is shown: a framing kind (label, quote, attribution; matched as in the
   * framing probe), `omission` (an omission item whose evidence has the first side's cue), or
   * none (a figure, date, place or cause item setting the two sides against each other).
   */
  kind?: FramingKind | "omission";
  fact: string;
  sides: string[][];
}

export interface MixedProbeStory {
  name: string;
  articles: ProbeArticle[];
  differences: MixedProbeDifference[];
  negatives: MixedProbeDifference[];
}

export const PROBE_STORIES_4: MixedProbeStory[] = [
  {
    name: "dam",
    articles: [
      {
        outlet: "Coast Wire", published: "2033-04-19",
        text: "ARVENNE, Lusk (Coast Wire) — An earthen dam on the Ober River gave way before dawn on Tuesday after four days of heavy rain, sending a wall of water through three villages and forcing about 18,000 people from their homes, provincial officials said. At least nine people were killed and 31 were missing, Governor Petra Lindqvist said. The 42-metre Holm Dam, built in 1968, held about 120 million cubic metres of water. Engineers had warned in 2029 that its spillway was too small, a report by the National Dam Authority showed. The town of Arvenne lies 25 km south of the dam.",
      },
      {
        outlet: "Lusk Daily",
        text: "ARVENNE — Rescuers in boats searched flooded streets on Wednesday for 27 people still missing after the Holm Dam burst early on Tuesday. The death toll rose to 14, provincial police said. About 22,000 residents have been evacuated to schools and sports halls. The dam, 40 metres high, was breached at about 4:30 a.m., according to its operator, Ober Hydro. Governor Petra Lindqvist said the dam had been overwhelmed by the worst flood in a hundred years. A 71-year-old woman was rescued from the roof of her house after 19 hours.",
      },
      {
        outlet: "Daily Ledger", published: "2033-04-20",
        text: "At least 14 people died and 27 remain missing after the Holm Dam in Lusk province collapsed on Tuesday, flooding villages along the Ober River. “The dam was overwhelmed by a once-in-a-century flood,” Governor Petra Lindqvist said. Officials said 18,000 people had been evacuated by Wednesday. The dam failed at around 6 a.m., officials said. A 2029 inspection had found the spillway too small for a major flood.",
      },
      {
        outlet: "Nordic Post", published: "2033-04-20",
        text: "In the province Lusk the dam Holm broke on Tuesday early in the morning. According to the governor Petra Lindqvist at least 14 persons died. The dam of 42 metres height was built in the year 1968 and held 120 million cubic metres of water. About 18,000 inhabitants had to leave their houses. The town Arvenne lies 25 kilometres north of the dam.",
      },
      {
        outlet: "trendingnow-world.net", published: "2033-04-19",
        text: "A soil barrage on the Ober Waterway surrendered before sunrise on Tuesday following four days of weighty precipitation, sending a mass of water through three towns and constraining around 18,000 individuals from their homes, commonplace authorities said. Something like nine individuals were killed and 31 were absent, Lead representative Petra Lindqvist said. The 42-meter Holm Dam, constructed in 1958, held around 120 million cubic meters of water.",
      },
      {
        outlet: "Lusk Radio",
        text: "ARVENNE — The operator of the Holm Dam said on Wednesday that a landslide into the reservoir had caused the failure, not the dam's design. Ober Hydro chief executive Jonas Ekdahl said the dam had been inspected last year and found safe. The National Dam Authority warned in 2029 that the spillway was too small. Water in Arvenne rose by 3 metres in two hours, police said.",
      },
    ],
    differences: [
      { fact: "deaths over days: at least nine on Tuesday, 14 on Wednesday", sides: [["nine"], ["14"]] },
      { fact: "missing over days: 31 on Tuesday, 27 on Wednesday", sides: [["31"], ["27"]] },
      { fact: "evacuated by Wednesday: about 22,000 vs 18,000", sides: [["22,000"], ["18,000"]] },
      { fact: "height of the dam: 42 m vs 40 metres", sides: [["42"], ["40 metres"]] },
      { fact: "time of the breach: about 4:30 a.m. vs around 6 a.m.", sides: [["4:30"], ["6 a.m."]] },
      { fact: "year the dam was built: 1968 vs 1958", sides: [["1968"], ["1958"]] },
      { fact: "where Arvenne lies: 25 km south of the dam vs 25 km north of it", sides: [["south"], ["north"]] },
      { fact: "cause: a landslide into the reservoir vs a flood / heavy rain", sides: [["landslide"], ["flood", "rain"]] },
      { kind: "quote", fact: "Lindqvist: “overwhelmed by a once-in-a-century flood” vs reported “the worst flood in a hundred years”", sides: [["once-in-a-century"], ["hundred years"]] },
      { kind: "label", fact: "Petra Lindqvist: Governor vs “Lead representative” (a rewrite's substitution)", sides: [["governor"], ["lead representative"]] },
      { kind: "attribution", fact: "14 dead: provincial police vs Governor Petra Lindqvist", sides: [["provincial police"], ["lindqvist"]] },
      { kind: "omission", fact: "the 2029 warning that the spillway was too small, carried by three independent outlets", sides: [["spillway"]] },
    ],
    negatives: [
      { fact: "nine dead on Tuesday and 14 on Wednesday are growth", sides: [["nine"], ["14"]] },
      { fact: "31 missing on Tuesday and 27 on Wednesday are a change", sides: [["31"], ["27"]] },
      { fact: "the 3-metre rise of the water is not the dam's height", sides: [["3 metres"], ["42", "40 metres"]] },
      { fact: "the 2029 warning is not the year of building", sides: [["2029"], ["1968", "1958"]] },
      { fact: "120 million cubic metres and 120 million cubic meters are one volume", sides: [["120"], ["120"]] },
      { kind: "attribution", fact: "the governor and Governor Petra Lindqvist are one source", sides: [["the governor"], ["governor petra"]] },
    ],
  },
  {
    name: "crush",
    articles: [
      {
        outlet: "Coast Wire", published: "2033-09-18",
        text: "KESSEL (Coast Wire) — Twelve people were killed and 83 injured in a crush at an exit of the Kessel Arena after a football match on Saturday night, police said. The crush happened at about 10:40 p.m. at Gate 7, when fans leaving the stadium met others trying to get in, police chief Anton Reyes told a news conference. The stadium, which holds 38,000 people, was filled beyond capacity, with an estimated 45,000 inside, he said. Among the dead was a 14-year-old boy. Interior Minister Maren Voss ordered an inquiry.",
      },
      {
        outlet: "Kessel Evening Post",
        text: "KESSEL — The death toll from Saturday's stampede at the Kessel Arena rose to 17 on Monday, hospital officials said, after three more victims died. Around 150 people were hurt. Survivors said the crush began at Gate 5 shortly before 11 p.m., after stewards locked the gate. Police chief Anton Reyes blamed ticketless fans who forced their way in. The club, FC Kessel United, said 41,000 spectators had attended, within the stadium's limit of 42,000. The interior minister has ordered an inquiry.",
      },
      {
        outlet: "Sports Daily", published: "2033-09-19",
        text: "Seventeen supporters died in Saturday's disaster at the Kessel Arena, where police estimated 45,000 fans were packed into a ground built for 38,000. The club said the attendance was 41,000. “Hooligans without tickets stormed the gates,” police chief Anton Reyes said, but fan groups said police had closed Gate 7 and trapped people in a tunnel. Interior Minister Maren Voss has ordered an independent inquiry. The match against Varna Athletic ended 2-1.",
      },
      {
        outlet: "Nordic Post", published: "2033-09-19",
        text: "In the stadium of Kessel 17 persons died on Saturday evening in a mass panic. The victims were trampled at the exit number 7 around 22:40 o'clock. According to the police 45,000 spectators were in the arena, which has place for 38,000. Among the dead is a boy of 15 years.",
      },
      {
        outlet: "sportbuzz-hub.com", published: "2033-09-18",
        text: "Twelve individuals lost their lives and 83 were harmed in a squash at an exit of the Kessel Field following a soccer coordinate on Saturday evening, police said. The squash happened at around 10:40 pm at Door 7, when supporters exiting the arena met others attempting to get in, police boss Anton Reyes told a press gathering. Among the departed was a 14-year-old kid.",
      },
      {
        outlet: "Supporters Trust News", published: "2033-09-18",
        text: "The Kessel Supporters Trust said police shut Gate 7 at 10:25 p.m., 15 minutes before the crush, leaving thousands trapped in the tunnel behind it. “This was not a stampede. People were crushed because the gates were locked,” said trust chair Lena Okafor. The trust said 12 people died on Saturday night and at least 100 were injured.",
      },
    ],
    differences: [
      { fact: "deaths over days: twelve on Saturday night, 17 by Monday", sides: [["twelve", "12"], ["17", "seventeen"]] },
      { fact: "injured on Saturday night: 83 (police) vs at least 100 (supporters' trust)", sides: [["83"], ["100"]] },
      { fact: "which gate: Gate 7 vs Gate 5", sides: [["gate 7", "number 7", "door 7"], ["gate 5"]] },
      { fact: "stadium capacity: 38,000 vs 42,000", sides: [["38,000"], ["42,000"]] },
      { fact: "people inside: an estimated 45,000 (police) vs 41,000 (the club)", sides: [["45,000"], ["41,000"]] },
      { fact: "age of the boy among the dead: 14 vs 15", sides: [["14-year-old"], ["15 years"]] },
      { fact: "cause: ticketless fans forcing their way in vs gates locked by stewards or police", sides: [["ticketless", "without tickets", "trying to get in"], ["locked", "closed gate", "shut gate"]] },
      { kind: "label", fact: "the event: a crush vs a stampede / mass panic", sides: [["crush"], ["stampede", "mass panic"]] },
      { kind: "quote", fact: "Reyes: “Hooligans without tickets stormed the gates” vs reported: blamed ticketless fans who forced their way in", sides: [["hooligans"], ["ticketless fans"]] },
      { kind: "attribution", fact: "45,000 inside: police chief Anton Reyes vs the police", sides: [["reyes"], ["according to the police", "police estimated"]] },
      { kind: "omission", fact: "the interior minister's inquiry, carried by three independent outlets", sides: [["inquiry"]] },
    ],
    negatives: [
      { fact: "about 10:40 p.m. and shortly before 11 p.m. agree", sides: [["10:40", "22:40"], ["11 p.m."]] },
      { fact: "the gate shut at 10:25 p.m. is not the time of the crush", sides: [["10:25"], ["10:40", "22:40", "11 p.m."]] },
      { fact: "83 injured on Saturday and around 150 on Monday are growth", sides: [["83"], ["150"]] },
      { fact: "the three more victims are not the toll", sides: [["three"], ["17", "12", "twelve"]] },
      { fact: "the score 2-1 is nothing counted", sides: [["2-1"], ["12", "17"]] },
      { fact: "capacity and people inside are different quantities", sides: [["38,000"], ["45,000", "41,000"]] },
      { kind: "quote", fact: "Okafor's words are one quotation", sides: [["not a stampede"], ["not a stampede"]] },
    ],
  },
  {
    name: "spill",
    articles: [
      {
        outlet: "Coast Wire", published: "2033-06-05",
        text: "HALVIK (Coast Wire) — A pipeline operated by Nordstrand Energy leaked about 2,400 barrels of crude oil into the Tessa River east of Halvik on Sunday, the company said, forcing two water treatment plants to shut. The leak was detected at 3:15 a.m. and the line was shut down 40 minutes later. The 30-inch pipeline carries 450,000 barrels a day from the Rask oil field to the port of Mardal. An oil slick stretched about 12 miles downstream, state environmental officials said.",
      },
      {
        outlet: "Halvik Tribune",
        text: "HALVIK — Crews on Monday were skimming oil from a slick that now stretches 30 kilometres down the Tessa River from the ruptured Nordstrand pipeline east of Halvik. The state Department of Environment estimated the spill at 3,800 barrels, far more than the company reported. The town's 26,000 residents were told not to use tap water. Company spokesman Piet Sandor said corrosion was the likely cause. The activist group RiverWatch said 300 birds had been found coated in oil.",
      },
      {
        outlet: "Energy Trade Brief", published: "2033-06-06",
        text: "Nordstrand Energy shut its 24-inch Rask-Mardal crude line after a leak of an estimated 2,400 barrels near Halvik on Sunday. The line, which carries about 450,000 barrels per day, could restart by Friday, the company said. Nordstrand shares fell 4.1% on Monday. A third-party excavator struck the line, the company said in a filing. Chief executive Helena Brix said the company was deeply sorry for the damage to the river.",
      },
      {
        outlet: "Nordic Post", published: "2033-06-06",
        text: "Near the town Halvik a pipeline of the company Nordstrand Energy has leaked. According to the environment authority 3,800 barrels (about 600,000 litres) of crude oil flowed into the river Tessa. The leak was discovered on Sunday at 5:15 o'clock in the morning. The pipeline lies 8 kilometres west of Halvik and transports 450,000 barrels daily.",
      },
      {
        outlet: "greenplanet-daily.org", published: "2033-06-05",
        text: "A pipeline run by oil giant Nordstrand Energy spilled around 2,400 barrels of unrefined petroleum into the Tessa Stream close to Halvik on Sunday, the firm said, compelling two water treatment facilities to close. The break was identified at 3:15 am and the line was closed 40 minutes after the fact. Environmental group RiverWatch called the spill an ecological catastrophe.",
      },
      {
        outlet: "Mardal Gazette", published: "2033-06-07",
        text: "Nordstrand Energy chief executive Helena Brix apologised on Tuesday for the spill near Halvik and said the company would pay for the cleanup. “We are deeply sorry for what has happened to the Tessa River,” Brix said. State officials said about 4,000 barrels had leaked and 1,100 barrels had been recovered. The state's pipeline inspector said a failed weld had caused the leak.",
      },
    ],
    differences: [
      { fact: "oil spilled: about 2,400 barrels (the company) vs 3,800 (the state)", sides: [["2,400"], ["3,800"]] },
      { fact: "pipeline diameter: 30-inch vs 24-inch", sides: [["30-inch"], ["24-inch"]] },
      { fact: "time the leak was found: 3:15 a.m. vs 5:15 in the morning", sides: [["3:15"], ["5:15"]] },
      { fact: "where: east of Halvik vs 8 km west of Halvik", sides: [["east"], ["west"]] },
      { fact: "cause: corrosion vs an excavator strike vs a failed weld", sides: [["corrosion"], ["excavator", "weld"]] },
      { kind: "attribution", fact: "the spill's size: the company vs the state Department of Environment / environment authority", sides: [["the company said", "the firm said"], ["department of environment", "environment authority"]] },
      { kind: "quote", fact: "Brix: “deeply sorry for what has happened to the Tessa River” vs reported “deeply sorry for the damage to the river”", sides: [["what has happened"], ["damage to the river"]] },
      { kind: "label", fact: "Nordstrand Energy: a pipeline operator / the company vs “oil giant”", sides: [["operat", "company"], ["oil giant"]] },
      { kind: "label", fact: "RiverWatch: an environmental group vs an activist group", sides: [["environmental group"], ["activist group"]] },
      { kind: "omission", fact: "the line's 450,000 barrels a day, carried by three independent outlets", sides: [["450,000"]] },
    ],
    negatives: [
      { fact: "3,800 barrels and 600,000 litres are one volume", sides: [["3,800"], ["600,000"]] },
      { fact: "a slick of 12 miles on Sunday and 30 km on Monday: it spread", sides: [["12 miles"], ["30 kilometres"]] },
      { fact: "the line's daily flow is not the spill", sides: [["450,000"], ["2,400", "3,800", "4,000"]] },
      { fact: "oil recovered is not oil spilled", sides: [["1,100"], ["2,400", "3,800", "4,000"]] },
      { fact: "the town's residents are not a count of the story", sides: [["26,000"], ["450,000", "2,400", "3,800"]] },
      { kind: "attribution", fact: "Nordstrand Energy and the company are one source", sides: [["nordstrand energy"], ["the company said"]] },
    ],
  },
];
