/**
 * The second probe of issue 13: four invented stories of event kinds neither stories-dev nor the
 * first probe (probeStories.ts) covers — a wildfire, a hostage release, a factory explosion, an
 * aviation incident — 4–6 articles each in the styles real coverage has: wire copy, a regional
 * site with a dateline and no publication date, a translation-like text, a content-farm rewrite
 * with odd word substitutions, a trade brief. Fictional places, companies and people. The
 * differences and negatives were written before the engine was run on these texts.
 */
import type { ProbeStory } from "./probeStories.js";

export const PROBE_STORIES_2: ProbeStory[] = [
  {
    name: "wildfire",
    articles: [
      {
        outlet: "Coast Wire", published: "2032-08-11",
        text: "SALTER CREEK, Calder (Coast Wire) — A wildfire that broke out on Tuesday afternoon north of Salter Creek had burned 12,400 acres by Wednesday morning and was 10% contained, the Calder Fire Service said. About 3,500 residents were evacuated and 42 homes were destroyed. The fire started at about 2:30 p.m. near the Pinecrest campground, and investigators believe it was sparked by a downed power line. More than 600 firefighters and 14 aircraft were battling the blaze, which was driven by wind gusts of up to 50 mph. Two firefighters were treated for minor burns.",
      },
      {
        outlet: "Calder Valley Times",
        text: "SALTER CREEK — The Ridgeline Fire has scorched about 7,000 hectares of brush and timber since it ignited around 4 p.m. Tuesday, fire officials said Wednesday. Crews had the blaze 15% contained by Wednesday evening. Roughly 4,000 residents have been evacuated from the hills south of Salter Creek, and 38 homes have burned. Officials said the fire was started by lightning. Gusts reached 80 km/h overnight. Some 450 firefighters and 14 aircraft are on the fire.",
      },
      {
        outlet: "Daily Ledger", published: "2032-08-12",
        text: "The Ridgeline wildfire near Salter Creek more than doubled overnight to 31,000 acres on Thursday, and containment fell to 5%. Evacuation orders now cover 9,000 people. The fire has destroyed 42 homes, and a 64-year-old man who refused to leave his cabin has been reported missing. Calder's governor, Ana Ferrow, declared a state of emergency on Wednesday evening.",
      },
      {
        outlet: "newsflash-daily.info", published: "2032-08-11",
        text: "A bushfire that erupted on Tuesday in the vicinity of Salter Creek has consumed 12,400 acres, as per the Calder Fire Service. Approximately 3,500 inhabitants were evacuated and forty-two dwellings were obliterated. The inferno commenced at roughly 2:30 pm close to a campground and is thought to have been ignited by a fallen electrical cable. Upwards of 600 firemen and 14 airplanes are combating the conflagration.",
      },
      {
        outlet: "Nordic Post", published: "2032-08-11",
        text: "Near the town of Salter Creek in the state of Calder a large forest fire has been burning since Tuesday. According to the fire service the flames have destroyed 5,020 hectares. About 3,500 persons had to leave their houses; 42 houses burned down. The fire broke out at 14:30 o'clock. As the cause the authorities suspect a damaged power line. 14 aircraft are in action.",
      },
      {
        outlet: "KCLV News",
        text: "SALTER CREEK — Firefighters from six counties were still battling the Ridgeline Fire on Wednesday, two days after it broke out on Monday afternoon north of Salter Creek. The fire has burned about 12,000 acres. Officials said 42 homes and 17 outbuildings were destroyed. An evacuation center has opened at Salter Creek High School.",
      },
    ],
    differences: [
      { fact: "area burned by Wednesday: 12,400 acres / 5,020 ha vs about 7,000 hectares", sides: [["12,400", "5,020"], ["7,000"]] },
      { fact: "containment on Wednesday: 10% vs 15%", sides: [["10%"], ["15%"]] },
      { fact: "evacuated on Wednesday: about 3,500 vs roughly 4,000", sides: [["3,500"], ["4,000"]] },
      { fact: "homes destroyed: 42 vs 38", sides: [["42", "forty-two"], ["38"]] },
      { fact: "time the fire started: about 2:30 p.m. / 14:30 vs around 4 p.m.", sides: [["2:30", "14:30"], ["4 p.m."]] },
      { fact: "day the fire broke out: Tuesday vs Monday", sides: [["tuesday"], ["monday"]] },
      { fact: "where: north of Salter Creek vs south of Salter Creek", sides: [["north"], ["south"]] },
      { fact: "cause: a downed power line vs lightning", sides: [["power line", "electrical cable"], ["lightning"]] },
      { fact: "firefighters: more than 600 vs some 450", sides: [["600"], ["450"]] },
      { fact: "14 aircraft, carried by four outlets, missing from two", sides: [["14 aircraft", "14 airplanes"]], kind: "omission" },
    ],
    negatives: [
      { fact: "12,400 acres and 5,020 hectares are one area", sides: [["12,400"], ["5,020"]] },
      { fact: "50 mph and 80 km/h are one wind speed", sides: [["50 mph"], ["80 km/h"]] },
      { fact: "2:30 p.m. and 14:30 are one time", sides: [["2:30"], ["14:30"]] },
      { fact: "a downed power line and a damaged power line / fallen electrical cable are one cause", sides: [["downed power line"], ["damaged power line", "electrical cable"]] },
      { fact: "31,000 acres on Thursday is growth, not a conflict", sides: [["31,000"], ["12,400", "5,020"]] },
      { fact: "9,000 people under orders on Thursday is growth", sides: [["9,000"], ["3,500", "4,000"]] },
      { fact: "containment fell to 5% on Thursday: a change, not a conflict", sides: [["5%"], ["10%", "15%"]] },
    ],
  },
  {
    name: "hostages",
    articles: [
      {
        outlet: "Coast Wire", published: "2032-03-15",
        text: "DORRAK, Veskaria (Coast Wire) — Eleven foreign hostages held by the Red Ridge militia were freed on Sunday after 41 days in captivity and handed over to Veskarian officials at the Tamar border crossing, the foreign ministry said. Four others remain in the group's hands. Among those released was Ines Marlow, 34, a nurse with the aid group Open Hands, who was seized with 14 colleagues on Feb. 2. The release followed talks mediated by Oman. The government denied paying a ransom.",
      },
      {
        outlet: "The Meridian", published: "2032-03-15",
        text: "Twelve hostages kidnapped by the Red Ridge militia in northern Veskaria were released late on Sunday, more than five weeks after they were abducted. The freed captives, nine of them aid workers, were driven to the town of Osk, 30 km from the Tamar crossing, where they were handed over to officials. 35-year-old nurse Ines Marlow told reporters she had been treated decently. Three hostages are still being held. A security source said a ransom of $2 million had been paid.",
      },
      {
        outlet: "Nordic Post", published: "2032-03-15",
        text: "The eleven hostages of the militia Red Ridge are free. They were released on Saturday evening at the crossing Tamar, after 40 days of captivity, as the foreign ministry in Dorrak communicated. Among them is the nurse Ines Marlow (34). Four hostages are still in the hands of the kidnappers. According to media reports a ransom of 3 million dollars flowed.",
      },
      {
        outlet: "Osk Courier",
        text: "OSK — The freed hostages arrived at Osk's military airfield shortly after 9 p.m. on Sunday, escorted by a convoy of 20 vehicles. The 11 captives, who had been held for 41 days, were examined by doctors at the Osk district hospital; two were in serious condition. Local officials said the handover had taken place at the Tamar crossing, 50 miles from Osk.",
      },
      {
        outlet: "worldbrief24.com", published: "2032-03-15",
        text: "Eleven hostages grabbed by the Red Ridge armed force were liberated on Sunday following 41 days in imprisonment and given over to Veskarian authorities at the Tamar line intersection, the unfamiliar service said. Four others stay in the gathering's hands. Among the liberated was Ines Marlow, 34, a medical caretaker with the guide bunch Open Hands.",
      },
    ],
    differences: [
      { fact: "hostages released: eleven vs twelve", sides: [["eleven", "11"], ["twelve"]] },
      { fact: "hostages still held: four vs three", sides: [["four"], ["three"]] },
      { fact: "Marlow's age: 34 vs 35", sides: [["34"], ["35"]] },
      { fact: "time in captivity: 41 days vs 40 days", sides: [["41 days"], ["40 days"]] },
      { fact: "day of the release: Sunday vs Saturday", sides: [["sunday"], ["saturday"]] },
      { fact: "ransom: $2 million vs 3 million dollars", sides: [["$2 million"], ["3 million"]] },
      { fact: "where the hostages were handed over: the Tamar crossing vs Osk", sides: [["tamar"], ["osk"]] },
      { fact: "distance from Osk to the Tamar crossing: 30 km vs 50 miles", sides: [["30 km"], ["50 miles"]] },
    ],
    negatives: [
      { fact: "41 days and more than five weeks agree", sides: [["41 days"], ["five weeks"]] },
      { fact: "hostages released are not hostages still held", sides: [["eleven", "11", "twelve"], ["four", "three"]] },
      { fact: "15 seized (with 14 colleagues) is not the number released", sides: [["14"], ["eleven", "11", "twelve"]] },
      { fact: "nine aid workers among the freed are a part, not the count", sides: [["nine"], ["eleven", "11", "twelve"]] },
      { fact: "two in serious condition are not the hostages still held", sides: [["two"], ["four", "three"]] },
    ],
  },
  {
    name: "blast",
    articles: [
      {
        outlet: "Coast Wire", published: "2032-11-04",
        text: "BRANNOCK (Coast Wire) — An explosion tore through a fertiliser plant on the southern outskirts of Brannock on Thursday morning, killing at least six workers and injuring 27, regional officials said. The blast, at about 10:15 a.m., was heard up to 20 km away. Officials said ammonium nitrate stored in a warehouse holding 300 tonnes of the chemical had detonated, according to the operator, Velt Chemicals. Police arrested the plant's manager, Oskar Brenn, 58, and a safety engineer on suspicion of negligence.",
      },
      {
        outlet: "Brannock Evening Post",
        text: "BRANNOCK — Eight people died and 31 were hurt when a blast ripped through the Velt Chemicals plant north of the city on Thursday. The explosion, shortly before noon, shattered windows 12 miles away. Investigators are examining a gas leak in a compressor unit as the likely cause. Manager Oskar Brenn, 57, was taken into custody.",
      },
      {
        outlet: "Daily Ledger", published: "2032-11-05",
        text: "The death toll from Thursday's explosion at the Velt Chemicals fertiliser plant in Brannock rose to nine on Friday after two injured workers died in hospital, officials said. Another 25 remain in hospital. The plant stored 330 tons of ammonium nitrate. Velt was fined €400,000 in 2029 for storage violations.",
      },
      {
        outlet: "Nordic Post", published: "2032-11-04",
        text: "In the fertiliser factory of Velt Chemicals in Brannock an explosion happened on Wednesday at 10.15 o'clock. Six workers died, 27 were injured. According to the police two persons were arrested, among them the 58-year-old director of the works.",
      },
      {
        outlet: "Chemical Week Brief", published: "2032-11-05",
        text: "Velt Chemicals' Brannock site, which produces 450,000 tonnes of fertiliser a year and employs 380 people, was shut after Thursday's blast. The company said the explosion occurred in a warehouse storing 500 tonnes of ammonium nitrate. Shares in Velt fell 14%.",
      },
      {
        outlet: "Channel 9 Brannock",
        text: "BRANNOCK — Three people were arrested over Thursday's explosion, including plant manager Oskar Brenn, 58, prosecutors said. The blast happened mid-morning in the plant's storage hall.",
      },
    ],
    differences: [
      { fact: "killed on Thursday: at least six vs eight", sides: [["six"], ["eight"]] },
      { fact: "injured on Thursday: 27 vs 31", sides: [["27"], ["31"]] },
      { fact: "where: southern outskirts of Brannock vs north of the city", sides: [["southern", "south"], ["north"]] },
      { fact: "time of the explosion: about 10:15 a.m. / 10.15 vs shortly before noon", sides: [["10:15", "10.15"], ["noon"]] },
      { fact: "day of the explosion: Thursday vs Wednesday", sides: [["thursday"], ["wednesday"]] },
      { fact: "cause: ammonium nitrate detonated vs a gas leak", sides: [["ammonium nitrate"], ["gas leak"]] },
      { fact: "Brenn's age: 58 vs 57", sides: [["58"], ["57"]] },
      { fact: "ammonium nitrate stored: 300 tonnes / 330 tons vs 500 tonnes", sides: [["300", "330"], ["500"]] },
      { fact: "people arrested: two vs three", sides: [["two"], ["three"]] },
    ],
    negatives: [
      { fact: "nine dead on Friday is growth of the toll", sides: [["nine"], ["six", "eight"]] },
      { fact: "20 km and 12 miles are one distance", sides: [["20 km"], ["12 miles"]] },
      { fact: "300 tonnes and 330 tons are one mass", sides: [["300"], ["330"]] },
      { fact: "25 still in hospital are not the injured count", sides: [["25"], ["27", "31"]] },
      { fact: "yearly output is not the stored chemical", sides: [["450,000"], ["300", "330", "500"]] },
      { fact: "a 2029 fine is not this story's", sides: [["400,000"], ["300", "500"]] },
    ],
  },
  {
    name: "flight",
    articles: [
      {
        outlet: "Coast Wire", published: "2032-06-19",
        text: "A Skyline Air jet carrying 186 passengers and six crew made an emergency landing in Tervola on Saturday after a cabin window cracked at 34,000 feet, the airline said. Flight SK412 from Harlow to Ostrand was about 40 minutes into its journey when the crew declared an emergency and began a rapid descent. The Airbus A321 landed safely at 3:25 p.m. Eleven passengers were treated for minor injuries, the airline said. The aircraft is nine years old.",
      },
      {
        outlet: "Harlow Standard",
        text: "HARLOW — Passengers on Skyline Air Flight SK412 described scenes of panic as the plane plunged about 9,000 feet in three minutes after a window cracked at 10,400 metres on Saturday. The jet, with 168 passengers and seven crew on board, diverted to Marsby, where it landed at 14:25. Captain Rhea Sollen, 51, was praised by passengers for her calm.",
      },
      {
        outlet: "Daily Ledger", published: "2032-06-20",
        text: "A Skyline Air flight from Harlow to Ostrand was forced to land in Tervola on Saturday, an hour into the flight, after a cracked window caused the cabin to lose pressure at 31,000 feet. The plane dropped 2,700 metres before levelling off. The 52-year-old captain, Rhea Sollen, has flown for the airline since 2009. 14 passengers were injured.",
      },
      {
        outlet: "Nordic Post", published: "2032-06-20",
        text: "An airplane of the airline Skyline Air with 186 passengers had to land on Saturday in Tervola. At a height of 10,400 metres a window broke. The machine, an Airbus A321, is twelve years old. Eleven passengers were lightly injured.",
      },
      {
        outlet: "AeroDesk",
        text: "Skyline Air's A321, nine years old, descended to 10,000 feet after the window failure and landed at Tervola. The airline operates 64 aircraft and carried 9.2 million passengers last year.",
      },
    ],
    differences: [
      { fact: "passengers on board: 186 vs 168", sides: [["186"], ["168"]] },
      { fact: "crew: six vs seven", sides: [["six"], ["seven"]] },
      { fact: "where it landed: Tervola vs Marsby", sides: [["tervola"], ["marsby"]] },
      { fact: "landing time: 3:25 p.m. vs 14:25", sides: [["3:25"], ["14:25"]] },
      { fact: "altitude when the window cracked: 34,000 feet / 10,400 m vs 31,000 feet", sides: [["34,000", "10,400"], ["31,000"]] },
      { fact: "time into the flight: about 40 minutes vs an hour", sides: [["40 minutes"], ["an hour", "hour into"]] },
      { fact: "captain's age: 51 vs 52", sides: [["51"], ["52"]] },
      { fact: "passengers injured: eleven vs 14", sides: [["eleven", "11"], ["14"]] },
      { fact: "aircraft age: nine years vs twelve years", sides: [["nine"], ["twelve"]] },
    ],
    negatives: [
      { fact: "34,000 feet and 10,400 metres are one altitude", sides: [["34,000"], ["10,400"]] },
      { fact: "about 9,000 feet and 2,700 metres are one drop", sides: [["9,000"], ["2,700"]] },
      { fact: "descended to 10,000 feet is not the altitude of the crack", sides: [["10,000"], ["34,000", "31,000", "10,400"]] },
      { fact: "the fleet is not the passengers", sides: [["64"], ["186", "168"]] },
      { fact: "passengers are not crew", sides: [["186", "168"], ["six", "seven"]] },
    ],
  },
];
