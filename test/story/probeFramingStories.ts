/**
 * The second probe of issue 13: labels, framing, paraphrased quotes and attribution shifts on
 * invented stories of kinds the stories-dev set lacks (a port protest, a ransomware attack on a
 * hospital group, a disputed election), 4–5 short articles each in the styles real outlets use
 * (wire copy, a local paper, a government-friendly or opposition paper, a tabloid, a trade
 * brief, a translation-like text). Fictional places, organisations and people. The differences
 * a reader would list and the negatives (synonyms, acronyms, spellings, the same quotation in
 * other quotation marks, one organisation under two names) were written before the engine was
 * run on them.
 */
import type { ProbeArticle } from "./probeStories.js";

/** The report item kinds a framing difference may be shown by. */
export type FramingKind = "label" | "quote" | "attribution";

export interface FramingProbeDifference {
  kind: FramingKind;
  /** What differs, as a reader would say it. */
  fact: string;
  /**
   * Words of each side (lower case): for a label, in the label itself; for a quote, in the
   * quoted or reported words; for an attribution, anywhere in the side's sentence.
   */
  sides: string[][];
}

export interface FramingProbeStory {
  name: string;
  articles: ProbeArticle[];
  differences: FramingProbeDifference[];
  /** Pairs that must never be set against each other by an item of that kind. */
  negatives: FramingProbeDifference[];
}

export const FRAMING_PROBE_STORIES: FramingProbeStory[] = [
  {
    name: "port-protest",
    articles: [
      {
        outlet: "Coast Wire", published: "2031-08-14",
        text: "VELMORA (Coast Wire) — Police fired tear gas on Wednesday at protesters blockading the port of Velmora over the Fisheries Reform Act, which cuts catch quotas by a third. Union leader Tomas Brann said the blockade would continue. “This is a peaceful protest for our livelihoods,” Brann told reporters. Interior Minister Lena Sorvik said 23 police officers were injured. “We will not allow a handful of violent people to hold the port hostage,” Sorvik said. The coastguard patrol boat Vigil was sent to keep the harbour entrance open.",
      },
      {
        outlet: "State Courier", published: "2031-08-14",
        text: "Rioters attacked police at the port of Velmora on Wednesday, leaving 23 officers injured, according to the Ministry of the Interior. \"We will not let a few violent individuals take the port hostage,\" Minister Lena Sorvik said. Agitator Tomas Brann, who led the riot, refused to call off the blockade. The port will reopen on Monday, a government spokesman said. The Interior Ministry said 47 people were arrested.",
      },
      {
        outlet: "Velmora Herald", published: "2031-08-14",
        text: "Angry fishermen kept the port of Velmora closed for a third day on Wednesday in protest at what they call the “starvation law”. Police used tear gas and water cannon against the demonstrators. An unnamed police official said 23 officers were hurt. Interior Minister Lena Sorvik said the government would not allow a small violent minority to keep the port hostage. Sorvik also said the port would reopen on Monday. Fishermen's Union leader Tomas Brann called the protest peaceful.",
      },
      {
        outlet: "Nordic Post", published: "2031-08-15",
        text: "In the port of Velmora demonstrators have blocked the harbour since Monday against the fisheries reform of the government. «This is a peaceful protest for our livelihoods», said the union leader Tomas Brann. According to the Ministry of the Interior, 47 people were arrested. The navy sent the warship Vigil to the harbour.",
      },
      {
        outlet: "Daily Flash", published: "2031-08-15",
        text: "Hooligans posing as fishermen turned the port of Velmora into a war zone, hurling rocks and flares at police. 'This is a peaceful protest for our livelihoods,' claimed firebrand Tomas Brann. Hardline Interior Minister Lena Sorvik vowed to crush the riot.",
      },
    ],
    differences: [
      { kind: "label", fact: "those blockading the port: protesters / demonstrators vs rioters / hooligans", sides: [["protesters", "demonstrators", "fishermen"], ["rioters", "hooligans"]] },
      { kind: "label", fact: "Tomas Brann: union leader vs agitator / firebrand", sides: [["union leader"], ["agitator", "firebrand"]] },
      { kind: "label", fact: "Lena Sorvik: Interior Minister vs hardline Interior Minister", sides: [["interior minister", "minister"], ["hardline"]] },
      { kind: "label", fact: "the event: a protest / blockade vs a riot / war zone", sides: [["protest", "blockade"], ["riot", "war zone"]] },
      { kind: "label", fact: "the law: Fisheries Reform Act / fisheries reform vs “starvation law”", sides: [["fisheries reform"], ["starvation law"]] },
      { kind: "label", fact: "the Vigil: a coastguard patrol boat vs a warship", sides: [["patrol boat"], ["warship"]] },
      { kind: "quote", fact: "Sorvik: “a handful of violent people to hold the port hostage” vs “a few violent individuals take the port hostage”", sides: [["handful"], ["few violent individuals"]] },
      { kind: "quote", fact: "Sorvik: quoted vs reported (“a small violent minority to keep the port hostage”)", sides: [["handful", "few violent individuals"], ["small violent minority"]] },
      { kind: "attribution", fact: "23 officers injured: Interior Minister Lena Sorvik vs an unnamed police official", sides: [["sorvik"], ["unnamed police official"]] },
      { kind: "attribution", fact: "the port reopens on Monday: Sorvik vs a government spokesman", sides: [["sorvik"], ["government spokesman"]] },
    ],
    negatives: [
      { kind: "quote", fact: "Brann's words in “ ”, « » and ' ' are one quotation", sides: [["livelihoods"], ["livelihoods"]] },
      { kind: "attribution", fact: "the Interior Ministry and the Ministry of the Interior are one source", sides: [["interior ministry"], ["ministry of the interior"]] },
    ],
  },
  {
    name: "hospital-hack",
    articles: [
      {
        outlet: "Coast Wire", published: "2031-11-03",
        text: "LINDHOLM (Coast Wire) — A ransomware attack has crippled the computer systems of Northvale Health Trust, forcing its four hospitals to cancel operations and divert ambulances, the trust said on Monday. The National Cyber Centre said the records of 1.2 million patients may have been stolen. It blamed BlackLoom, a Russian-speaking criminal gang. “Patient safety is our absolute priority and we are working around the clock to restore our systems,” chief executive Marta Ilves said. “The gang typically demands payment in bitcoin within 72 hours,” said Piet Jansma, a researcher at Halcyon Labs. Health Minister Jonas Reil said: “The government will never pay a ransom to criminals.”",
      },
      {
        outlet: "Lindholm Echo", published: "2031-11-03",
        text: "Patients at Lindholm General were turned away on Monday after a cyber-attack on Northvale Health Trust. Chief executive Marta Ilves said patient safety was the trust's top priority and staff were working day and night to bring the systems back. Health Minister Jonas Reil said the records of 1.2 million patients may have been stolen. The attack was carried out by the BlackLoom hacker group, police said. Reil said: 'The government will never pay a ransom to criminals.'",
      },
      {
        outlet: "Health Business Brief", published: "2031-11-04",
        text: "Northvale Health Trust said an IT outage was affecting its four hospitals and that it was working with the National Cyber Center to resolve the technical incident. Embattled chief executive Marta Ilves, who took over in March, said the trust was working hard to restore its systems. The trust completed a £40m IT upgrade last year.",
      },
      {
        outlet: "Daily Flash", published: "2031-11-04",
        text: "State-backed hackers have taken a hospital group hostage, leaving thousands of patients in danger. The BlackLoom cyber-terrorists want millions in bitcoin. “The gang typically demands payment in bitcoin within 72 hours,” a security researcher said. Minister Jonas Reil said: «The government will never pay a ransom to criminals».",
      },
      {
        outlet: "Tech Ledger", published: "2031-11-04",
        text: "The attack on Northvale Health Trust used a variant of the LoomLock ransomware, said Piet Jansma, a researcher at Halcyon Labs. BlackLoom has hit 40 hospitals since 2029. The National Cyber Centre said 1.2 million patient records may have been stolen.",
      },
    ],
    differences: [
      { kind: "label", fact: "the event: a ransomware attack / cyber-attack vs an IT outage / technical incident", sides: [["ransomware attack", "cyber-attack", "attack"], ["it outage", "technical incident", "outage"]] },
      { kind: "label", fact: "BlackLoom: a criminal gang / hacker group vs cyber-terrorists / state-backed hackers", sides: [["criminal gang", "hacker group"], ["cyber-terrorists", "state-backed"]] },
      { kind: "label", fact: "Marta Ilves: chief executive vs embattled chief executive", sides: [["chief executive"], ["embattled"]] },
      { kind: "quote", fact: "Ilves: quoted (“working around the clock”) vs reported (“working day and night”)", sides: [["around the clock"], ["day and night"]] },
      { kind: "attribution", fact: "the bitcoin demand quotation: Piet Jansma vs an unnamed security researcher", sides: [["jansma"], ["a security researcher"]] },
      { kind: "attribution", fact: "1.2 million patients' records: the National Cyber Centre vs Health Minister Jonas Reil", sides: [["national cyber centre"], ["reil"]] },
    ],
    negatives: [
      { kind: "quote", fact: "Reil's words in “ ”, ' ' and « » are one quotation", sides: [["ransom to criminals"], ["ransom to criminals"]] },
      { kind: "label", fact: "National Cyber Centre / Center are one spelling of one name", sides: [["centre"], ["center"]] },
      { kind: "attribution", fact: "the National Cyber Centre / Center is one source", sides: [["cyber centre"], ["cyber center"]] },
    ],
  },
  {
    name: "election",
    articles: [
      {
        outlet: "Coast Wire", published: "2031-04-21",
        text: "PORT SELA (Coast Wire) — Opposition leader Ana Dravic declared victory in Valdoria's presidential election on Sunday, rejecting official results that gave President Milos Keran 54 percent of the vote. “The people voted for change and we will defend their choice in the streets and in the courts,” Dravic told supporters. Karin Holm, head of the Northern Monitoring Mission, said: “There were serious irregularities in at least a third of polling stations.” The Central Electoral Commission said turnout was 61 percent. The government said protests would not be tolerated.",
      },
      {
        outlet: "Valdoria Today", published: "2031-04-21",
        text: "President Milos Keran won a clear victory in Sunday's election with 54 percent of the vote, the Central Electoral Commission said. Self-proclaimed president Ana Dravic refused to accept the result. “The election was free and fair and the result is final,” Keran said in a televised address. The government said unauthorised rallies would be dispersed.",
      },
      {
        outlet: "Free Sela", published: "2031-04-22",
        text: "President-elect Ana Dravic told a crowd in Port Sela on Monday that she would defend the people's choice in the streets and in the courts after the rigged election. The regime claims that strongman Milos Keran won 54 percent. ‘The election was free and fair and the result is final,’ Keran said. The NMM said there were serious irregularities in at least a third of polling stations.",
      },
      {
        outlet: "Nordic Post", published: "2031-04-22",
        text: "In Valdoria the opposition candidate Ana Dravic has claimed the victory in the presidential elections. «People voted for change; we will defend this choice on the streets and before the courts», said Dravic. According to the state-controlled election commission, the president Milos Keran received 54 percent. “There were serious irregularities in at least a third of polling stations,” an unnamed Western diplomat said. Turnout was 61 percent, according to the Northern Monitoring Mission.",
      },
    ],
    differences: [
      { kind: "label", fact: "Ana Dravic: opposition leader / candidate / president-elect vs self-proclaimed president", sides: [["opposition leader", "opposition candidate", "president-elect"], ["self-proclaimed"]] },
      { kind: "label", fact: "Milos Keran: President vs strongman", sides: [["president"], ["strongman"]] },
      { kind: "label", fact: "the commission: Central Electoral Commission vs state-controlled election commission", sides: [["central electoral commission"], ["state-controlled"]] },
      { kind: "label", fact: "the vote: the election vs the rigged election", sides: [["election"], ["rigged"]] },
      { kind: "label", fact: "the government vs the regime", sides: [["government"], ["regime"]] },
      { kind: "quote", fact: "Dravic: “defend their choice in the streets and in the courts” vs “defend this choice on the streets and before the courts”", sides: [["their choice", "in the courts"], ["before the courts", "this choice"]] },
      { kind: "quote", fact: "Dravic: quoted vs reported (“she would defend the people's choice”)", sides: [["their choice", "this choice"], ["people's choice"]] },
      { kind: "attribution", fact: "the irregularities quotation: Karin Holm vs an unnamed Western diplomat", sides: [["holm"], ["unnamed western diplomat"]] },
      { kind: "attribution", fact: "61 percent turnout: the Central Electoral Commission vs the Northern Monitoring Mission", sides: [["electoral commission"], ["monitoring mission"]] },
    ],
    negatives: [
      { kind: "quote", fact: "Keran's words in “ ” and ‘ ’ are one quotation", sides: [["free and fair"], ["free and fair"]] },
      { kind: "label", fact: "NMM and Northern Monitoring Mission are one name", sides: [["nmm"], ["northern monitoring mission"]] },
    ],
  },
];
