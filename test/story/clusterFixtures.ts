/** Invented articles (fictional places and people) for the story clustering tests. */
export interface FixtureArticle {
  id: number;
  story: string;
  outlet: string;
  published: string;
  text: string;
}

// Invented articles: two reports each on three unrelated events.
export const ARTICLES: FixtureArticle[] = [
  {
    id: 1, story: "port", outlet: "Harbour Times", published: "2031-03-02",
    text: "Dock workers at the port of Marlow walked out on Monday over pay, halting container traffic. The Marlow Dockers Union said 2,400 members joined the strike. \u201cWe will stay out until the port authority makes a fair offer,\u201d union leader Agnes Dunmore told reporters. The Marlow Port Authority said talks would resume on Wednesday.",
  },
  {
    id: 2, story: "port", outlet: "Coastal Daily", published: "2031-03-03",
    text: "Container ships queued outside Marlow on Tuesday as a strike by 2,400 dock workers entered its second day. Agnes Dunmore, who leads the Marlow Dockers Union, said: \u201cWe will stay out until the port authority makes a fair offer.\u201d The Marlow Port Authority called the walkout illegal.",
  },
  {
    id: 3, story: "vaccine", outlet: "Health Wire", published: "2031-03-02",
    text: "The health ministry of Corvania approved a new malaria vaccine on Monday, Health Minister Pavel Orlik said. The vaccine, developed by Benthos Laboratories, cut infections by 72 percent in trials. Orlik said the first 500,000 doses would reach clinics in the south by May.",
  },
  {
    id: 4, story: "vaccine", outlet: "Science Today", published: "2031-03-04",
    text: "Corvania became the first country to license the Benthos Laboratories malaria vaccine, which reduced infections by 72 percent in clinical trials. Health Minister Pavel Orlik said 500,000 doses were ordered. Doctors in the southern provinces welcomed the decision.",
  },
  {
    id: 5, story: "election", outlet: "Capital Post", published: "2031-03-05",
    text: "Voters in Estavia elected Mirela Kostan as mayor of the capital, Dravograd, on Sunday. Kostan, of the Green Alliance, won 54 percent of the vote against the incumbent Ivo Rasic. \u201cThe city has chosen change,\u201d Kostan told supporters at her campaign headquarters.",
  },
  {
    id: 6, story: "election", outlet: "Evening Estavia", published: "2031-03-06",
    text: "Ivo Rasic conceded defeat in the Dravograd mayoral election after Mirela Kostan of the Green Alliance took 54 percent. Kostan said the city had chosen change and promised new tram lines. Turnout in the Estavia capital was 61 percent.",
  },
];

