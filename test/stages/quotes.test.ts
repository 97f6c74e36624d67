// Table tests for the quote stage: sentence → expected (speaker, cue, type, content head).
// A row with `null` expects no quote at all (negative cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";

type Row = [string, [string | null, string | null, string, string] | null];

const ROWS: Row[] = [
  // X said / said X / X said that …
  ["“We are ready to talk,” Prime Minister John Carter said.", ["John Carter", "said", "direct", "We are ready to talk"]],
  ["“We are ready to talk,” said Foreign Minister Ana Lima.", ["Ana Lima", "said", "direct", "We are ready to talk"]],
  ["Ana Lima said that the talks would resume next week.", ["Ana Lima", "said", "indirect", "the talks would resume"]],
  ["Ana Lima said the talks would resume next week.", ["Ana Lima", "said", "indirect", "the talks would resume"]],
  ["Ana Lima said on Sunday that the talks would resume.", ["Ana Lima", "said", "indirect", "the talks would resume"]],
  // told, according to, statements
  ["Ana Lima told reporters that the talks would resume.", ["Ana Lima", "told", "indirect", "the talks would resume"]],
  ["The ceasefire collapsed within hours, according to the United Nations.", ["United Nations", "according to", "indirect", "The ceasefire collapsed"]],
  ["According to the United Nations, the ceasefire collapsed within hours.", ["United Nations", "according to", "indirect", "the ceasefire collapsed"]],
  ["The proposal, according to Egyptian officials, includes a phased withdrawal.", ["Egyptian officials", "according to", "indirect", "The proposal, according to Egyptian officials, includes"]],
  // … with an apposition or a relative clause in the aside, or after an adverbial opener
  ["At the heart of the trouble, according to Ana Lima, a former envoy, was a decision by the council.", ["Ana Lima", "according to", "indirect", "At the heart of the trouble, according to Ana Lima, a former envoy, was"]],
  ["Notably absent, according to members who spoke with reporters, was any mention of the bill.", ["members", "according to", "indirect", "Notably absent, according to members who spoke with reporters, was"]],
  ["In Gaza, according to the health ministry, 40,000 people have died.", ["health ministry", "according to", "indirect", "In Gaza, according to the health ministry, 40,000 people"]],
  ["Hamas said in a statement that it had accepted the proposal.", ["Hamas", "said", "indirect", "it had accepted"]],
  ["In a statement, Hamas said it had accepted the proposal.", ["Hamas", "said", "indirect", "it had accepted"]],
  ["A statement by Netanyahu's office said the meeting was positive.", ["Netanyahu's office", "said", "indirect", "the meeting was positive"]],
  ["Benjamin Netanyahu met envoys. Netanyahu's office said in a statement that the meeting was positive.", ["Netanyahu's office", "said", "indirect", "the meeting was positive"]],
  // colon and dash attributions
  ["Ana Lima said: “The talks will resume next week.”", ["Ana Lima", "said", "direct", "The talks will resume"]],
  ["Ana Lima told reporters: “The talks will resume next week.”", ["Ana Lima", "told", "direct", "The talks will resume"]],
  ["“The talks will resume next week” — Ana Lima", ["Ana Lima", "—", "direct", "The talks will resume"]],
  // added, pronouns, was quoted as saying
  ["Hamas rejected the plan. “It is a trap,” it added.", ["Hamas", "added", "direct", "It is a trap"]],
  ["Ana Lima arrived in Cairo. “It is a good day,” she said.", ["Ana Lima", "said", "direct", "It is a good day"]],
  ["Ana Lima was quoted as saying that the talks had failed.", ["Ana Lima", "quoted as saying", "indirect", "the talks had failed"]],
  // reverse indirect and apposition
  ["The talks have failed, Ana Lima said.", ["Ana Lima", "said", "indirect", "The talks have failed"]],
  ["The talks have failed, said Ana Lima.", ["Ana Lima", "said", "indirect", "The talks have failed"]],
  // a reporting clause between the subject and its predicate: the whole sentence is the content
  ["The deal, the ministry said, could collapse within days.", ["ministry", "said", "indirect", "The deal, the ministry said, could collapse"]],
  ["Ana Lima arrived. The talks, she said on Monday, were “a decisive moment”.", ["Ana Lima", "said", "mixed", "The talks, she said on Monday, were"]],
  // … also when the subject is a clause ("whatever", "what", "whether") or an adverbial clause opens the sentence
  ["Whatever progress the envoy has made, officials said, could easily be undone.", ["officials", "said", "indirect", "Whatever progress the envoy has made, officials said, could"]],
  ["When the talks resume, Ana Lima said, both sides will compromise.", ["Ana Lima", "said", "indirect", "When the talks resume, Ana Lima said, both sides"]],
  // a first name the POS tagger reads as a verb ("Ted"); adverbs of frequency and duration before the cue
  ["The talks have failed, Ted Terry said.", ["Ted Terry", "said", "indirect", "The talks have failed"]],
  ["Ana Lima often says that she is not running.", ["Ana Lima", "says", "indirect", "she is not running"]],
  ["Ana Lima has long insisted the primary would become competitive.", ["Ana Lima", "insisted", "indirect", "the primary would become competitive"]],
  // asides between the speaker and the cue: a party tag, an age, an apposition after a quote
  ["Sen. Rand Paul (R-Ky.) said the tax plan would give money to immigrants.", ["Rand Paul", "said", "indirect", "the tax plan would give money"]],
  ["Roxana Leon, 63, an independent voter raised in Chile, said she wanted change.", ["Roxana Leon", "said", "indirect", "she wanted change"]],
  ["“That is a legitimate concern,” Susan Sarandon, 69, told MSNBC.", ["Susan Sarandon", "told", "direct", "That is a legitimate concern"]],
  ["“Yes, I support him,” Brent Bozell, founder of the Media Research Center, told reporters.", ["Brent Bozell", "told", "direct", "Yes, I support him"]],
  // after a short adverbial opener the clause after the aside is the content
  ["Overall, Ana Lima said, a number of key constituencies are finding themselves alienated.", ["Ana Lima", "said", "indirect", "a number of key constituencies are finding"]],
  // inverted without quotes, the speaker followed by an apposition
  ["The talks failed, said Ana Lima, the foreign minister.", ["Ana Lima", "said", "indirect", "The talks failed"]],
  // a colon ending a paragraph introduces the quotation opening the next; "continued" with a quote
  ["In a 1963 speech, Ana Lima declared:\n\n“It is very appropriate that we stand here today.”", ["Ana Lima", "declared", "direct", "It is very appropriate"]],
  ["Ana Lima spoke last. “The first loser would be the United States,” she continued.", ["Ana Lima", "continued", "direct", "The first loser would be"]],
  ["Israel continued its strikes on Gaza.", null],
  // title-case headlines: a capitalised "Says" is a cue there
  ["Ana Lima Says Israel Accepted Bridging Proposal\n\nThe minister arrived on Sunday.", ["Ana Lima", "says", "indirect", "Israel Accepted Bridging Proposal"]],
  ["Ana Lima Tells Reporters Deal Is Close\n\nThe minister arrived on Sunday.", ["Ana Lima", "tells", "indirect", "Deal Is Close"]],
  ["What Ana Lima Said About Iran\n\nThe minister arrived on Sunday.", null],
  // headlines and standfirst bullets: "…, says election chief", "… – NCDC"; not a score, not a report without issuer
  ["No scope for new poll, says election chief\n\nThe opposition rejected the result.", ["election chief", "says", "indirect", "No scope for new poll"]],
  ["- ‘No scope’ for new poll, says election chief\n- Opposition won seven seats\nThe opposition rejected the result.", ["election chief", "says", "mixed", "‘No scope’ for new poll"]],
  ["Lassa fever kills 152 in Nigeria – NCDC\n\nThe Nigeria Centre for Disease Control (NCDC) reported 152 deaths.", ["NCDC", "–", "indirect", "Lassa fever kills 152 in Nigeria"]],
  ["Liverpool 2 - 1 Chelsea\n\nThe match ended late.", null],
  ["PIPE OF PEACE – Paul McCartney\n\nThe singer arrived.", null],
  // a participle's subject is the sentence's, after a fronted adverbial
  ["In May, Judge Ana Lima sided with the Democrats, saying the law violated the Constitution.", ["Ana Lima", "saying", "indirect", "the law violated the Constitution"]],
  ["Here in Cairo, Ana Lima stepped up her criticism, saying, “We have got to achieve reform.”", ["Ana Lima", "saying", "direct", "We have got to achieve reform"]],
  // “…,” he said: a name inside the quotation just closed is not the pronoun's antecedent
  ["John Carter met Ana Lima. “Ana Lima is a friend of ours,” he said.", ["John Carter", "said", "direct", "Ana Lima is a friend"]],
  // a person description's country from a title with "of" or from an apposition's role
  ["U.S. Secretary of State John Carter spoke. Egypt's foreign minister, Badr Adel, warned that a failure would mean war. Speaking to reporters, the top U.S. diplomat added: “This is the last opportunity.”", ["John Carter", "added", "direct", "This is the last opportunity"]],
  // an aside opened by a preposition or "whose" between the speaker and the cue
  ["Ana Lima, during a town hall meeting in Columbus, Ohio, said the economy was improving.", ["Ana Lima", "said", "indirect", "the economy was improving"]],
  ["Ana Lima, whose hometown, Miami, has many exiles, argues that the embargo works.", ["Ana Lima", "argues", "indirect", "the embargo works"]],
  // a participle after the object of a verb of sending words: the verb's subject speaks
  ["Ana Lima emailed supporters saying: “The struggle continues.”", ["Ana Lima", "saying", "direct", "The struggle continues"]],
  ["Ana Lima released a statement saying the deal was dead.", ["Ana Lima", "saying", "indirect", "the deal was dead"]],
  // … not after any object: the protesters are the ones saying it
  ["Ana Lima met protesters saying the war must end.", null],
  // "he said" after another person became a sentence's subject is that person's, not the previous speaker's
  ["“A deal is close,” John Carter said. Yehuda Cohen, whose son is held in Gaza, said he had little faith in the government. “They are sabotaging this,” he said.", ["Yehuda Cohen", "said", "direct", "They are sabotaging this"]],
  // … but a person named as an object does not interrupt
  ["“We support him,” John Carter said. He praised Ukrainian President Volodymyr Zelensky for his courage. “He is a hero,” he said.", ["John Carter", "said", "direct", "He is a hero"]],
  // headline "NAME: clause"; a place before the colon is a topic
  ["Hamas: US proposal gives Israel cover for genocide in Gaza\n\nThe group said on Monday that it rejected the plan.", ["Hamas", ":", "indirect", "US proposal gives Israel cover"]],
  ["Gaza: death toll rises to 40,000\n\nThe toll rose overnight.", null],
  // … also when the headline's name is only the surname of a person named in the article
  // (single marks quote: a direct quote, inside its marks)
  ["Lima: ‘We Are Ready To Talk’\n\nForeign Minister Ana Lima met the envoy on Monday.", ["Ana Lima", ":", "direct", "We Are Ready To Talk"]],
  // "the statement added": the issuer of the quotation before; an aside opened by a participle
  ["“We reject the plan,” Hamas said in a statement. “We hold Netanyahu fully responsible,” the statement added.", ["Hamas", "added", "direct", "We hold Netanyahu fully responsible"]],
  ["Al Jazeera's Ana Lima, reporting from Amman, Jordan, said the US was trying to project optimism.", ["Ana Lima", "said", "indirect", "the US was trying"]],
  // … but not when the words before the comma are a clause of their own
  ["Israel is ready, the minister said, and talks will resume.", ["minister", "said", "indirect", "Israel is ready"]],
  ["Ana Lima, the foreign minister, said the talks had failed.", ["Ana Lima", "said", "indirect", "the talks had failed"]],
  // … and a clause coordinated after the attribution is the speaker's too, a quote without a cue
  // (not a verb phrase of the speaker's, nor a clause with its own attribution)
  ["Israel is ready, the minister said, and talks will resume.", ["minister", null, "indirect", "talks will resume"]],
  ["Road closures made the area hard to reach, Ana Lima said by telephone, and there was a shortage of rescuers.", ["Ana Lima", null, "indirect", "there was a shortage of rescuers"]],
  ["The talks failed, Ana Lima said, and left the room.", ["Ana Lima", "said", "indirect", "The talks failed"]],
  ["The talks failed, Ana Lima said, and officials said the envoy would leave.", ["officials", "said", "indirect", "the envoy would leave"]],
  // a reported clause ends before "while" + a clause with its own attribution
  ["The institute said the quake struck at a depth of 10 km, while the EMSC said a tsunami was unlikely.", ["EMSC", "said", "indirect", "a tsunami was unlikely"]],
  // mixed
  ["Ana Lima said the meeting was “very productive” and would continue.", ["Ana Lima", "said", "mixed", "the meeting was “very productive”"]],
  ["Hamas called on the mediators “to fulfill their responsibilities.”", ["Hamas", "called on", "mixed", "the mediators “to fulfill"]],
  // warned, typos
  ["Antony Blinken visited Cairo. Blinken warned that the talks may be the last chance.", ["Antony Blinken", "warned", "indirect", "the talks may be the last chance"]],
  ["Antony Blinken visited Cairo. “This is a decisive moment,” Blinked said.", ["Antony Blinken", "said", "direct", "This is a decisive moment"]],
  // phrase speakers without a named entity
  ["“We have no food left,” a resident of the camp said.", ["resident of the camp", "said", "direct", "We have no food left"]],
  ["Dozens were killed, according to local health authorities.", ["local health authorities", "according to", "indirect", "Dozens were killed"]],
  // a definite description of a person as speaker: the person quoted just before, else the last one named
  ["“A deal is within reach,” Ana Lima said. The top U.S. diplomat also said the talks had been tough.", ["Ana Lima", "said", "indirect", "the talks had been tough"]],
  ["Former President John Carter spoke in Pretoria. The parties agreed on a truce, the African Union mediator said.", ["John Carter", "said", "indirect", "The parties agreed on a truce"]],
  // … a person of the description's country, not the one quoted just before
  ["Ukrainian President Volodymyr Zelensky arrived in Paris. “Europe must be at the table,” French President Emmanuel Macron said. The Ukrainian leader said a ceasefire would be a first step.", ["Volodymyr Zelensky", "said", "indirect", "a ceasefire would be a first step"]],
  // … but not heads that often stay anonymous, nor a description naming someone else after "of"
  ["Ana Lima arrived in Cairo. The talks had failed, the official said.", ["official", "said", "indirect", "The talks had failed"]],
  ["Ana Lima arrived in Cairo. The talks had failed, the leader of Hamas said.", ["leader of Hamas", "said", "indirect", "The talks had failed"]],
  // a role-only title before "to the UN" + name belongs to that name, not to another holder of the role
  ["US Ambassador Linda Thomas-Greenfield spoke first. Russian Ambassador to the UN Vassily Nebenzia remarked that the draft was a provocation.", ["Vassily Nebenzia", "remarked", "indirect", "the draft was a provocation"]],
  // "called X a “…”" is a fragment quote; "called for …" is not one
  ["Vassily Nebenzia called the draft a “low-grade provocation.”", ["Vassily Nebenzia", "called", "direct", "low-grade provocation"]],
  ["Presidential Aide Vladimir Medinsky said the swap would take place soon.", ["Vladimir Medinsky", "said", "indirect", "the swap would take place soon"]],
  // "spoke of “…”" after an apposition; a subordinate clause's own subject speaks; country epithets
  ["The Russian ambassador to Vienna, Mikhail Ulyanov, spoke of “slow but steady progress” on Twitter.", ["Mikhail Ulyanov", "spoke of", "direct", "slow but steady progress"]],
  ["The talks resumed a day after Tehran said it had started enriching uranium.", ["Iran", "said", "indirect", "it had started enriching uranium"]],
  ["Iran blamed Israel. The Islamic republic declared it would ramp up enrichment.", ["Iran", "declared", "indirect", "it would ramp up enrichment"]],
  // a participle clause of the writer's ends the reported clause
  ["Ali Salehi confirmed Iran was producing uranium at 60 percent, taking the country closer to a bomb.", ["Ali Salehi", "confirmed", "indirect", "Iran was producing uranium at 60 percent"]],
  ["“We have Orban fatigue now,” Donald Tusk said, accusing the Hungarian leader of playing an “egoistic game”.", ["Donald Tusk", "accusing", "direct", "egoistic game"]],
  // a conjoined speech verb takes the first verb's subject; "told X the group …" keeps "the group" in the content
  ["Netanyahu's office described the meeting as “positive” and said the prime minister backed the plan.", ["Netanyahu's office", "said", "indirect", "the prime minister backed the plan"]],
  ["A senior official, Osama Hamdan, told Al Jazeera the group had not received a response.", ["Osama Hamdan", "told", "indirect", "the group had not received a response"]],
  ["U.S. Secretary of State Antony Blinken said on Monday that the deal was close.", ["Antony Blinken", "said", "indirect", "the deal was close"]],
  ["Ukraine has proposed more talks but believes that only a summit can end the war.", null],
  // "a statement from X" speaks as X; "the Health Ministry in Gaza" is not Gaza; named ministries
  ["A statement from the prime minister's office said the meeting was positive.", ["prime minister's office", "said", "indirect", "the meeting was positive"]],
  ["The Health Ministry in Gaza says more than 40,000 people have been killed.", ["Health Ministry in Gaza", "says", "indirect", "more than 40,000 people"]],
  ["Egypt's foreign ministry said in a statement that Cairo would spare no effort.", ["Egypt Foreign Ministry", "said", "indirect", "Cairo would spare no effort"]],
  // a directive, commissive or accusation is a quote only with quoted words (test/gold/README.md:
  // "annotated only when they carry quoted words"); with its complement alone it is none
  ["German Chancellor Olaf Scholz, speaking in Berlin, urged both sides to “seize this moment”.", ["Olaf Scholz", "urged", "mixed", "both sides to “seize this moment”"]],
  ["Olaf Scholz urged the parties to resume talks.", null],
  ["The ministry urged residents to leave the area.", null],
  ["Ana Lima arrived. She called on both sides to return to talks.", null],
  ["The union accused the council of ignoring warnings.", null],
  ["The defence asked the court to suspend the ruling.", null],
  ["Protesters demanded the release of the detained journalists.", null],
  ["Ana Lima vowed to rebuild the bridge and restore the road.", null],
  ["The embassy called for calm, vowing to protect every citizen.", null],
  // … and its complement is not read as a reported clause; a reporting verb coordinated after it still is
  ["The embassy urged citizens to leave at once, giving no reason, and said crowds should be avoided.", ["embassy", "said", "indirect", "crowds should be avoided"]],
  ["Ana Lima urged voters to stay calm and said the count would be fair.", ["Ana Lima", "said", "indirect", "the count would be fair"]],
  ["Ana Lima was asked to resign.", null],
  ["Ana Lima asked for a glass of water.", null],
  ["The agreement calls for Israeli forces to withdraw from the area.", null],
  ["The storm called attention to the risk of floods.", null],
  ["Ana Lima is accused of fraud.", null],
  // a participle after a statement: "…, accusing …", "…, urging …" (a quote only with quoted words)
  ["The opposition walked out of the session, accusing the regulator of delays.", null],
  ["Ana Lima left the talks on Monday, urging both sides to show restraint.", null],
  ["Ana Lima left the talks on Monday, urging both sides to show “restraint and courage”.", ["Ana Lima", "urging", "mixed", "both sides to show “restraint"]],
  ["The river flooded the town, threatening hundreds of homes.", null],
  // nominal and figure cues: a figure someone states, a statement noun after a possessive speaker
  ["The agency put the toll at 412.", ["agency", "put", "indirect", "the toll at 412"]],
  ["Officials raised the death toll to more than 1,200 on Monday.", ["Officials", "raised", "indirect", "the death toll to more than 1,200"]],
  ["The minister's announcement that the border would reopen surprised traders.", ["minister", "announcement", "indirect", "the border would reopen"]],
  ["Traders welcomed the ministry's announcement that the border would reopen next week.", ["ministry", "announcement", "indirect", "the border would reopen next week"]],
  ["He put the book on the table.", null],
  ["The fire put the harvest at risk.", null],
  ["The announcement that the border would reopen surprised traders.", null],
  // a claim of a deed is no statement; a name the tagger splits ("the Associated Press"); a
  // relative clause and a long title between quotation and cue (stories-dev dev errors)
  ["Islamic State claimed responsibility for the attack.", null],
  ["More than 60 people were killed, according to the Associated Press.", ["Associated Press", "according to", "indirect", "More than 60 people were killed"]],
  ["“Suddenly there were shots,” one witness, who asked not to be identified by name, told Reuters.", ["one witness", "told", "direct", "Suddenly there were shots"]],
  ["“The first 72 hours are critical,” Natural Hazards Expert at Nottingham Trent University in the U.K. Steven Godby said.", ["Steven Godby", "said", "direct", "The first 72 hours are critical"]],
  ["Ana Lima clarified that additional measures had been introduced.", ["Ana Lima", "clarified", "indirect", "additional measures had been introduced"]],
  ["A spokesman for Ana Lima said the talks failed.", ["spokesman for Ana Lima", "said", "indirect", "the talks failed"]],
  // an adverb or a time between the speaker and the cue
  ["The union meanwhile said on Friday that the strike would continue.", ["union", "said", "indirect", "the strike would continue"]],
  ["Officials, however, told reporters that the bridge was unsafe.", ["Officials", "told", "indirect", "the bridge was unsafe"]],
  ["The ministry, for its part, said the figures were wrong.", ["ministry", "said", "indirect", "the figures were wrong"]],
  ["“We will rebuild,” Ana Lima, however, said.", ["Ana Lima", "said", "direct", "We will rebuild"]],
  ["According to a statement released by the Qatari foreign ministry, the talks will continue next week.", ["Qatari foreign ministry", "according to", "indirect", "the talks will continue"]],
  ["Palestinian President Mahmoud Abbas called for help. “It's a very important meeting,” Kirby said. The Palestinian leader said Israel was not serious.", ["Mahmoud Abbas", "said", "indirect", "Israel was not serious"]],
  ["An Israeli government spokesman, David Mencer, said: “We are committed to getting the hostages home.”", ["David Mencer", "said", "direct", "We are committed"]],
  // a byline is nobody's speech: the description stays unresolved rather than crediting the reporter
  ["Blinken visits Israel\n\nBy Tom Bateman, State Department correspondent\n\nThe US secretary of state has said Israel accepted the proposal.", ["US secretary of state", "said", "indirect", "Israel accepted the proposal"]],
  ["The official, who spoke on condition of anonymity to discuss the talks, said the US would keep pushing.", ["official", "said", "indirect", "the US would keep pushing"]],
  ["The Hamas-run health ministry in Gaza said 40,139 people had been killed.", ["Hamas-run health ministry in Gaza", "said", "indirect", "40,139 people had been killed"]],
  ["The ministry stated in a statement reported by the Saudi News Agency, SPA: “The kingdom welcomes the talks.”", ["ministry", "stated", "direct", "The kingdom welcomes the talks"]],
  // reporting participles after a comma ("…, suggesting that …")
  ["Jamieson Greer hinted at a breakthrough, suggesting that an agreement had been reached.", ["Jamieson Greer", "suggesting", "indirect", "an agreement had been reached"]],
  // negative cases: negated, hypothetical, thanks, no speech
  // fragments after a describing verb, participles, relative clauses, trailing times
  ["Foreign Minister Ana Lima described the talks as “an important day for peace.”", ["Ana Lima", "described", "direct", "an important day for peace"]],
  ["Ana Lima said they had reached a deal, describing “substantial progress” in the talks.", ["Ana Lima", "said", "indirect", "they had reached a deal"]],
  ["Ana Lima said they had reached a deal, describing “substantial progress” in the talks.", ["Ana Lima", "describing", "direct", "substantial progress"]],
  ["The talks were suspended by the mediators, who stated that they were prepared to continue them.", ["mediators", "stated", "indirect", "they were prepared to continue"]],
  ["Peace talks have yielded an agreement, with Ukrainian officials saying another round is on the agenda.", ["Ukrainian officials", "saying", "indirect", "another round is on the agenda"]],
  // … any reporting participle after "with" (not a directive: "with workers demanding higher pay")
  ["The death toll rose to 115, with authorities cautioning that the number could rise further.", ["authorities", "cautioning", "indirect", "the number could rise further"]],
  ["The company pledged to rebuild, with the New York Times reporting the hall suffered $100 million in damages.", ["New York Times", "reporting", "indirect", "the hall suffered $100 million"]],
  ["Prices rose, with analysts reporting strong demand.", null],
  ["The strike continued, with workers demanding higher pay.", null],
  ["Al Jazeera's Ana Lima, reporting from Amman, said the talks had stalled.", ["Ana Lima", "said", "indirect", "the talks had stalled"]],
  // a clause without "that" in the past tense; not an adverbial clause's verb after a noun phrase
  ["Local authorities reported the hall suffered heavy damage.", ["Local authorities", "reported", "indirect", "the hall suffered heavy damage"]],
  ["Ana Lima denied any involvement before the group claimed the attack.", null],
  // a noun phrase object is no statement, even with a verb after it; nor "of"/"about" + a topic
  ["He underscored the administration's priority of narrowing the trade deficit, which hit a record last year.", null],
  ["The embassy warned of an imminent attack in Moscow.", null],
  ["Observers told us of the scenes as rescue workers struggle to keep up.", null],
  ["Ana Lima told reporters about the plan, which was approved on Monday.", null],
  // … but an object pronoun is the addressee, an infinitive of having or being a claim, "implying" a cue
  ["Ana Lima told them the plan was approved.", ["Ana Lima", "told", "indirect", "the plan was approved"]],
  ["The official claimed to have seen the documents.", ["official", "claimed", "indirect", "to have seen the documents"]],
  ["Ana Lima hinted at a deal, implying that the talks had succeeded.", ["Ana Lima", "implying", "indirect", "the talks had succeeded"]],
  ["Diplomats have paused the talks to consult their governments, officials said Friday.", ["officials", "said", "indirect", "Diplomats have paused the talks"]],
  ["The urgency is matched only by the risk to the union, Mr Marin said in a video address to the leaders.", ["Marin", "said", "indirect", "The urgency is matched"]],
  ["The army confirmed it had sent envoys to Jeddah.", ["army", "confirmed", "indirect", "it had sent envoys"]],
  ["John Carter said he was ready, declaring Israel would retain “complete freedom of action”.", ["John Carter", "declaring", "mixed", "Israel would retain"]],
  ["“You cannot veto the truth,” US Ambassador to the UN Linda Thomas-Greenfield said after the vote.", ["Linda Thomas-Greenfield", "said", "direct", "You cannot veto the truth"]],
  ["China's representative to the UN, Zhang Jun, told the Council that the sanctions had failed.", ["Zhang Jun", "told", "indirect", "the sanctions had failed"]],
  // evaluations without quoted words are not quotes; scare quotes after "welcomed" neither (nor
  // a directive without quoted words: "called for the U.S. to unfreeze …")
  ["The Iranian delegation this week called for the U.S. to unfreeze $10 billion in assets.", null],
  ["A joint statement welcomed the start of “pre-negotiation talks” in Jeddah.", null],
  ["The army confirmed the deal.", null],
  ["Ana Lima did not say whether the talks would resume.", null],
  ["Ana Lima declined to say whether the talks would resume.", null],
  ["Ana Lima would say nothing about the talks.", null],
  ["Ana Lima thanked the mediators for their work.", null],
  // ", saying …": the sentence subject speaks when it is a name, a pronoun or a person description
  ["Ana Lima arrived. She stepped up her attacks on the senator, saying he could not answer questions.", ["Ana Lima", "saying", "indirect", "he could not answer"]],
  ["The report was released on Monday, saying the economy had grown.", null],
  // a long apposition after the name; a description before it
  ["“The president has no strategy,” Jeb Bush, the former Florida governor and a Republican presidential candidate, told reporters.", ["Jeb Bush", "told", "direct", "The president has no strategy"]],
  ["“She is also a mother of three,” another friend, Ana Lima told CNN.", ["Ana Lima", "told", "direct", "She is also a mother"]],
  // a fronted time is not the speaker; a dateline is not the subject
  ["Saturday at the party convention Sen. Ana Lima said the deal was a failure.", ["Ana Lima", "said", "indirect", "the deal was a failure"]],
  ["ORLANDO, Fla. (Reuters) - President Ana Lima met survivors on Thursday and said the country must act.", ["Ana Lima", "said", "indirect", "the country must act"]],
  ["Ana Lima said thank you to the mediators.", null],
  ["There was no immediate comment from the State Department.", null],
  ["The talks concluded on Friday.", null],
  ["Israel confirmed the deaths of three soldiers.", null],
  ["The group has a say in the outcome.", null],
  // cue lexicon coverage (issue 14, recall on unseen outlets): British, Indian and
  // translated-press verbs, and verbs whose addressee comes before the clause
  ["The minister informed the House that the bridge would reopen in March.", ["minister", "informed", "indirect", "the bridge would reopen"]],
  ["The minister informed reporters the bridge would reopen in March.", ["minister", "informed", "indirect", "the bridge would reopen"]],
  ["Ana Lima opined that the verdict was a setback for press freedom.", ["Ana Lima", "opined", "indirect", "the verdict was a setback"]],
  ["“We will not leave until there is peace,” opined Ana Lima.", ["Ana Lima", "opined", "direct", "We will not leave"]],
  ["“We will not leave until there is peace,” Ana Lima informed reporters.", ["Ana Lima", "informed", "direct", "We will not leave"]],
  ["Ana Lima averred that the accused was innocent.", ["Ana Lima", "averred", "indirect", "the accused was innocent"]],
  ["The minister affirmed that aid would arrive.", ["minister", "affirmed", "indirect", "aid would arrive"]],
  ["Ana Lima assured reporters that the talks would continue.", ["Ana Lima", "assured", "indirect", "the talks would continue"]],
  ["Ana Lima reminded the council that the budget was tight.", ["Ana Lima", "reminded", "indirect", "the budget was tight"]],
  ["Ana Lima pointed out that the talks had stalled.", ["Ana Lima", "pointed out", "indirect", "the talks had stalled"]],
  ["Ana Lima mentioned that the talks had stalled.", ["Ana Lima", "mentioned", "indirect", "the talks had stalled"]],
  ["Ana Lima retorted that the claims were baseless.", ["Ana Lima", "retorted", "indirect", "the claims were baseless"]],
  ["Ana Lima countered that the figures were wrong.", ["Ana Lima", "countered", "indirect", "the figures were wrong"]],
  ["The minister lamented that aid had not arrived.", ["minister", "lamented", "indirect", "aid had not arrived"]],
  ["The court held that the arrest was illegal.", ["court", "held", "indirect", "the arrest was illegal"]],
  ["The counsel submitted that the petitioner had been detained without cause.", ["counsel", "submitted", "indirect", "the petitioner had been detained"]],
  ["Ana Lima reckoned that the talks would fail.", ["Ana Lima", "reckoned", "indirect", "the talks would fail"]],
  ["The company maintained that it had followed every safety rule.", ["company", "maintained", "indirect", "it had followed every safety rule"]],
  ["“We will need a bigger boat,” the mayor quipped.", ["mayor", "quipped", "direct", "We will need a bigger boat"]],
  // … and their other senses, which are no speech
  ["The summit was held in Paris on Monday.", null],
  ["The court held a hearing that lasted hours.", null],
  ["The minister announced a plan that would cut taxes.", null],
  ["The company submitted its report to the regulator.", null],
  ["He pointed to the ruins of his house.", null],
  ["She reminded him of his mother.", null],
  ["The army countered the attack within hours.", null],
  ["Ana Lima mentioned the talks in passing.", null],
  ["The ministry informed the families of the deaths.", null],
  ["The minister assured reporters of his support.", null],
  ["Residents lamented the loss of the old bridge.", null],
  // "according to" variants: "as per X", "as reported by X"; a source with a modifier or a
  // relative clause before the comma; a one-word source
  ["As per the ministry, the border will reopen on Monday.", ["ministry", "as per", "indirect", "the border will reopen"]],
  ["The border will reopen on Monday, as per official sources.", ["official sources", "as per", "indirect", "The border will reopen"]],
  ["The border will reopen on Monday, as reported by the state news agency.", ["state news agency", "as reported by", "indirect", "The border will reopen"]],
  ["According to officials familiar with the matter, the border will reopen.", ["officials familiar", "according to", "indirect", "the border will reopen"]],
  ["According to Lima, who spoke to reporters on Monday, the talks will continue.", ["Lima", "according to", "indirect", "the talks will continue"]],
  ["According to sources, the gunmen fled.", ["sources", "according to", "indirect", "the gunmen fled"]],
  ["The border will reopen as per the agreement signed last year.", null],
  // … not a tally or report with no one behind it; "it" as the source is the body named just before
  ["According to preliminary data, four men entered the building.", null],
  ["The death toll is 144, according to the latest data.", null],
  ["According to unconfirmed reports, the gunmen fled.", null],
  ["According to health ministry data, 40 people died.", ["health ministry data", "according to", "indirect", "40 people died"]],
  ["According to media reports, the gunmen fled.", ["media reports", "according to", "indirect", "the gunmen fled"]],
  ["The toll rose to 143. The Investigative Committee of Russia reported.\n\nAccording to it, the suspects had confessed.", ["Investigative Committee of Russia", "according to", "indirect", "the suspects had confessed"]],
  ["Ana Lima met the envoy. According to it, the talks failed.", ["it", "according to", "indirect", "the talks failed"]],
  ["The suspect had bruises.\n\n• According to Russian media, the suspect has four children.", ["Russian media", "according to", "indirect", "the suspect has four children"]],
  // a court's ruling with "that"; a reporter's "reports" after a name (tagged as a noun), a place after the cue
  ["Moscow's Basmanny Court has ruled that the suspect be placed under arrest until May 22.", ["Basmanny Court", "ruled", "indirect", "the suspect be placed under arrest"]],
  ["The court ruled out a delay.", null],
  ["Those who lost their homes are stranded in the cold, ITV News' Emma Murphy reports from Turkey.", ["Emma Murphy", "reports", "indirect", "Those who lost their homes"]],
  ["The talks have failed, Ana Lima said from Kyiv.", ["Ana Lima", "said", "indirect", "The talks have failed"]],
  ["The Reuters reports show a rise in prices.", null],
  // headline quotes with the speaker last: "‘…’: NAME", "…: NAME", "‘…,’ says NAME"
  ["Talks will continue: Lima\n\nForeign Minister Ana Lima spoke in Cairo.", ["Ana Lima", ":", "indirect", "Talks will continue"]],
  ["‘Talks will continue’: Lima\n\nForeign Minister Ana Lima spoke in Cairo.", ["Ana Lima", ":", "direct", "Talks will continue"]],
  ["“Aid will arrive on Monday”: Ana Lima\n\nThe minister spoke in Cairo on Monday.", ["Ana Lima", ":", "direct", "Aid will arrive on Monday"]],
  ["‘We will not give up,’ says Ana Lima\n\nThe minister spoke in Cairo on Monday.", ["Ana Lima", "says", "direct", "We will not give up"]],
  // … not a place or topic after the colon, not a link label before it
  ["Earthquake kills thousands: Turkey\n\nThe minister spoke in Ankara.", null],
  ["Live updates: Gaza\n\nThe minister spoke in Cairo.", null],
  ["Read more: Aid will arrive on Monday: Ana Lima\n\nForeign Minister Ana Lima spoke in Cairo.", null],
  // relayed words: the speaker is the one quoted, not the relay ("IRNA quoted Kanaani as saying")
  ["“Aid will arrive on Monday,” the minister was quoted as saying by the state news agency.", ["minister", "quoted as saying", "direct", "Aid will arrive on Monday"]],
  // a news agency reporting words a colon gives to someone else relays them (“…,” the DHA news agency reported)
  ["Contractor Ana Lima told reporters on Sunday: “My conscience is clear,” the DHA news agency reported.", ["Ana Lima", "told", "direct", "My conscience is clear"]],
  ["“My conscience is clear,” the DHA news agency reported.", ["DHA", "reported", "direct", "My conscience is clear"]],
  ["Ana Lima said: “The plan is dead,” Omar Haddad replied.", ["Omar Haddad", "replied", "direct", "The plan is dead"]],
  ["“Aid will arrive on Monday,” IRNA quoted Nasser Kanaani as saying.", ["Nasser Kanaani", "as saying", "direct", "Aid will arrive on Monday"]],
  ["IRNA quoted Nasser Kanaani as saying that the sanctions were illegal.", ["Nasser Kanaani", "as saying", "indirect", "the sanctions were illegal"]],
  ["Interfax quoted the FSB as saying the suspects had been detained.", ["FSB", "as saying", "indirect", "the suspects had been detained"]],
  // a relayed report: the innermost speaker, the relay as `via` (see the test below)
  ["Reuters reported that unconfirmed sources said the death toll could rise, making it the deadliest attack in years.", ["unconfirmed sources", "said", "indirect", "the death toll could rise"]],
  ["The ministry said the talks had failed, the state news agency reported.", ["ministry", "said", "indirect", "the talks had failed"]],
  ["Ana Lima said that the four men were trying to escape, CNN reports.", ["Ana Lima", "said", "indirect", "the four men were trying to escape"]],
  ["The sanctions were illegal, Nasser Kanaani was quoted as saying by IRNA.", ["Nasser Kanaani", "quoted as saying", "indirect", "The sanctions were illegal"]],
  ["Nasser Kanaani was quoted by IRNA as saying that the sanctions were illegal.", ["Nasser Kanaani", "as saying", "indirect", "the sanctions were illegal"]],
  // an inverted speaker with a relative clause
  ["The gunmen fled, said a police officer who requested anonymity.", ["police officer", "said", "indirect", "The gunmen fled"]],
  // the passive with its agent and a "that" clause ("it was stated by X that …")
  ["It was stated by the ministry that the border would reopen.", ["ministry", "stated", "indirect", "the border would reopen"]],
  ["It was announced by the government on Monday that schools would close.", ["government", "announced", "indirect", "schools would close"]],
  ["It has been confirmed by police that three men were arrested.", ["police", "confirmed", "indirect", "three men were arrested"]],
  ["The decision was announced by the ministry on Monday.", null],
  ["The attack was reported by residents who heard gunfire.", null],
  // a description before an apposition naming the speaker; a participle aside after a description
  ["“We will not leave until there is peace,” the foreign minister, Ana Lima, said.", ["Ana Lima", "said", "direct", "We will not leave"]],
  ["The prime minister, addressing a rally in Delhi, said the country would grow.", ["prime minister", "said", "indirect", "the country would grow"]],
  ["The letter, signed by 40 MPs, said the bill was unfair.", ["letter", "said", "indirect", "the bill was unfair"]],
  ["A joint statement issued after the meeting said the two sides agreed to continue talks.", ["joint statement", "said", "indirect", "the two sides agreed"]],
  ["The plan, drafted by the ministry, said nothing about the border.", null],
  // quoted words without a verb as the object of a reporting verb are the quote
  ["The minister acknowledged “shortcomings” in the response to the earthquake.", ["minister", "acknowledged", "direct", "shortcomings"]],
  ["Ana Lima admitted “mistakes were made” during the evacuation.", ["Ana Lima", "admitted", "mixed", "“mistakes were made” during"]],
  // "reported" with a clause without "that"; not with a noun phrase
  ["Local authorities reported 145 people were injured.", ["Local authorities", "reported", "indirect", "145 people were injured"]],
  ["The agency reported the arrest of 11 people.", null],
  // a speech verb after a verb of going on ("continues to insinuate", "went on to say"); "pointing out"
  ["Ana Lima went on to say that the talks had stalled.", ["Ana Lima", "say", "indirect", "the talks had stalled"]],
  ["Vladimir Putin met officials. He continues to insinuate that the attackers had links with Kyiv, pointing out they headed towards the border.", ["Vladimir Putin", "insinuate", "indirect", "the attackers had links with Kyiv"]],
  ["Vladimir Putin met officials. He continues to insinuate that the attackers had links with Kyiv, pointing out they headed towards the border.", ["Vladimir Putin", "pointing out", "indirect", "they headed towards the border"]],
  ["Prices continued to rise.", null],
  ["He pointed to the ruins, pointing at the sky.", null],
  // a cue inside a fronted adverbial clause: the reported clause ends before the main clause
  ["Although Putin acknowledged that Islamists carried out the attack, he continues to blame Kyiv.", ["Putin", "acknowledged", "indirect", "Islamists carried out the attack"]],
  // a person named after a fronted participle clause is that sentence's subject, so "she" after
  // her words is hers, not the person quoted before
  ["“We will win,” Ana Lima said. Opposition leader Rahul Mehta called it a lie. Speaking to reporters outside Parliament, MP Priya Nair opined that the minister was misleading. “The people deserve the truth,” she said.", ["Priya Nair", "said", "direct", "The people deserve the truth"]],
  // "the statement read"; a speaker described by an adjective of manner before a colon
  ["The statement read: “We will not leave.”", ["statement", "read", "direct", "We will not leave."]],
  ["“We are doing everything possible,” the statement read.", ["statement", "read", "direct", "We are doing everything possible"]],
  ["The minister was blunt: “We will not give up.”", ["minister", ":", "direct", "We will not give up."]],
  ["Ana Lima met the envoy. Lima's message was clear: “We will not leave.”", ["Ana Lima", ":", "direct", "We will not leave."]],
  ["The minister was asked: “Will you resign?”", null],
  ["The choice was simple: “Stay or go.”", null],
  ["He read the book: “War and Peace”.", null],
  // a fragment after a name and a description between commas; an indefinite title is someone new
  ["Sir John Hale, the chairman of the home affairs committee, described the plan as “unworkable”.", ["John Hale", "described", "direct", "unworkable"]],
  ["Tory MP Mark Francis told the Guardian: “The public want action.” Another MP, who asked not to be named, said the party was in despair.", ["Another MP", "said", "indirect", "the party was in despair"]],
  // a fronted reporting participle with its "that" clause: the main clause's subject speaks
  ["Stressing that humanitarian aid must reach the region without interruption, Hakan Demir underlined: “No one can remain silent.”", ["Hakan Demir", "stressing", "indirect", "humanitarian aid must reach the region"]],
  ["Noting that the talks had stalled, the foreign minister said a new round was planned.", ["foreign minister", "noting", "indirect", "the talks had stalled"]],
  ["Noting that the talks had stalled, the foreign minister said a new round was planned.", ["foreign minister", "said", "indirect", "a new round was planned"]],
  ["Noting that the talks had stalled, the agreement was shelved.", null],
  // reporting verbs in every tense and aspect: the progressive, "keep", a narrative "would", and
  // raising verbs and "took to X" before the infinitive (issue 14: unseen outlets)
  ["Ana Lima was saying that the talks would resume.", ["Ana Lima", "saying", "indirect", "the talks would resume"]],
  ["Ana Lima has been insisting for weeks that the talks are over.", ["Ana Lima", "insisting", "indirect", "the talks are over"]],
  ["Ana Lima kept saying the talks were over.", ["Ana Lima", "saying", "indirect", "the talks were over"]],
  ["Officials are telling residents that the water is safe.", ["Officials", "telling", "indirect", "the water is safe"]],
  ["Ana Lima would later say that the talks were over.", ["Ana Lima", "say", "indirect", "the talks were over"]],
  ["“We will win,” Ana Lima would later say.", ["Ana Lima", "say", "direct", "We will win"]],
  ["Ana Lima would go on to say that the talks were over.", ["Ana Lima", "say", "indirect", "the talks were over"]],
  ["Ana Lima is expected to announce that the talks will resume.", ["Ana Lima", "announce", "indirect", "the talks will resume"]],
  ["Ana Lima is reported to have said that the talks had failed.", ["Ana Lima", "said", "indirect", "the talks had failed"]],
  ["Ana Lima took to X to say that the talks had failed.", ["Ana Lima", "say", "indirect", "the talks had failed"]],
  ["Ana Lima would say that the talks were over if asked.", null],
  ["Ana Lima was not saying that the talks had failed.", null],
  ["Ana Lima was meeting reporters when the news broke.", null],
  ["Ana Lima is expected to attend the talks.", null],
  ["Ana Lima was arguing with her aides.", null],
  // an aside or an occasion with a participle between the cue and "that"; a bare weekday after the cue
  ["Ana Lima said, citing intelligence reports, that the talks had failed.", ["Ana Lima", "said", "indirect", "the talks had failed"]],
  ["Ana Lima said, without providing evidence, that the talks had failed.", ["Ana Lima", "said", "indirect", "the talks had failed"]],
  ["Ana Lima told the Financial Times in an interview published on Sunday that the talks had failed.", ["Ana Lima", "told", "indirect", "the talks had failed"]],
  ["Ana Lima told reporters gathered outside the court that the verdict was unfair.", ["Ana Lima", "told", "indirect", "the verdict was unfair"]],
  ["Ana Lima said in a televised address that the talks had failed.", ["Ana Lima", "said", "indirect", "the talks had failed"]],
  ["Ana Lima said Monday the talks had failed.", ["Ana Lima", "said", "indirect", "the talks had failed"]],
  ["Ana Lima said Monday was the deadline.", ["Ana Lima", "said", "indirect", "Monday was the deadline"]],
  ["Ana Lima said officials accepted that the deal was fair.", ["Ana Lima", "said", "indirect", "officials accepted that the deal"]],
  // "according to" a tally with its issuer; "a statement from X read"
  ["The talks failed, according to figures from the ministry.", ["figures from the ministry", "according to", "indirect", "The talks failed"]],
  ["According to estimates by the UN, 40 people died.", ["UN", "according to", "indirect", "40 people died"]],
  ["A statement from Lima's office read: “We will win.”", ["Lima's office", "read", "direct", "We will win."]],
  ["“We will win,” a statement from the ministry read.", ["ministry", "read", "direct", "We will win,"]],
  ["A copy of the book from the library read like a thriller.", null],
  // single quotation marks, the primary marks of many British, Irish and Indian outlets
  ["‘We will win,’ Ana Lima said.", ["Ana Lima", "said", "direct", "We will win,"]],
  ["'We will win,' said Ana Lima.", ["Ana Lima", "said", "direct", "We will win,"]],
  ["Ana Lima said: ‘We will win. Nobody can stop us.’", ["Ana Lima", "said", "direct", "We will win. Nobody can stop us."]],
  ["‘I don’t know what happened,’ Ana Lima told the Mail. ‘It’s the people’s decision.’", ["Ana Lima", null, "direct", "It’s the people’s decision."]],
  ["Ana Lima described the plan as ‘a disaster’.", ["Ana Lima", "described", "direct", "a disaster"]],
  ["The workers’ union and Lima’s office don’t agree.", null],
  // a participle after a preposition of time before "that"; a figure's "at least" is content
  ["Ana Lima told reporters before departing Doha that the deal was close.", ["Ana Lima", "told", "indirect", "the deal was close"]],
  ["The Gaza health ministry says at least 40,139 people have been killed.", ["Gaza health ministry", "says", "indirect", "at least 40,139 people"]],
  ["The ministry said more than 40 people had been killed.", ["ministry", "said", "indirect", "more than 40 people"]],
  // a third-person cue tagged as a plural noun after a name, before "that" opening a clause (not a relative "that")
  ["Putin claims that the deal failed.", ["Putin", "claims", "indirect", "the deal failed"]],
  ["Putin claims that were dismissed as false angered Kyiv.", null],
  // a relative aside with "which" between the speaker (or its head before a prepositional phrase) and the cue
  ["The ministry, which oversees the talks, said the deal was close.", ["ministry", "said", "indirect", "the deal was close"]],
  ["The rescuer on the clip, which showed a rubble-strewn street, said homes were “totally destroyed”.", ["rescuer", "said", "mixed", "homes were “totally destroyed”"]],
  ["Talks in Vienna, which resumed on Monday, said nothing.", null],
  // a participle only speakers use takes any subject that can speak; evidential participles and "adding to" do not
  ["Residents have criticised the government’s response, saying rescuers were slow to arrive.", ["Residents", "saying", "indirect", "rescuers were slow to arrive"]],
  ["Prices rose sharply in May, suggesting that inflation is back.", null],
  ["The ministry issued new figures, adding to fears of a wider crisis.", null],
  // "according to X, citing Y": the innermost source speaks; a writer's participle clause ends the content
  ["According to Reuters, citing the AFAD disaster agency, the death toll has increased to 1,121.", ["AFAD disaster agency", "according to", "indirect", "the death toll has increased"]],
  ["The toll has risen to 1,121, according to Reuters, citing the AFAD disaster agency.", ["AFAD disaster agency", "according to", "indirect", "The toll has risen"]],
  ["According to the ministry, the toll has increased to 1,121, increasing the total to more than 1,700.", ["ministry", "according to", "indirect", "the toll has increased to 1,121"]],
  // a fragment after a describing verb whose subject is a noun that can speak, or a free relative's subject;
  // "the joint statement" speaks for the issuer of the quote before it
  ["The ministry described the talks as “constructive”.", ["ministry", "described", "direct", "constructive"]],
  ["The storm left what residents described as “total devastation”.", ["residents", "described", "direct", "total devastation"]],
  ["“We urge both parties to talk,” Hamas said. The joint statement also expressed hope for “an expanded negotiation process”.", ["Hamas", "expressed", "direct", "an expanded negotiation process"]],
  ["The agreement described the border as “provisional”.", null],
  // free relatives and relatives whose gap is the reported clause's subject: the phrase after
  // "what"/"that" speaks; a relative clause ends before the main clause; "What X said was …" reports nothing
  ["Many were killed in what officials say was one of the most powerful quakes.", ["officials", "say", "indirect", "was one of the most powerful quakes"]],
  ["The blast destroyed what officials said was a weapons depot.", ["officials", "said", "indirect", "was a weapons depot"]],
  ["The troops that Israel says are in Gaza will stay.", ["Israel", "says", "indirect", "are in Gaza"]],
  ["What the minister said was not true.", null],
  ["Residents want a say in the plan.", null],
  // an attribution standing as a sentence of its own credits the sentence before (not a relay
  // after a quote, not a sentence that is no attribution)
  ["The death toll has risen to 143 people, and 360 were injured. The Investigative Committee of Russia reported.", ["Investigative Committee of Russia", "reported", "indirect", "The death toll has risen to 143 people"]],
  ["The bridge collapsed at night. Rescuers arrived later.", null],
  ["The ship lost power before the crash. The pilot said so.", null],
  // invented wire constructions: a reverse attribution whose speaker has a modifier after its head
  // ("familiar with", "close to", "briefed on", "at"), "cited as saying"
  ["The talks will resume next week, a source familiar with the matter told Reuters.", ["source familiar with the matter", "told", "indirect", "The talks will resume next week"]],
  ["The talks will resume next week, two sources familiar with the talks told Reuters on Monday.", ["two sources familiar with the talks", "told", "indirect", "The talks will resume next week"]],
  ["The talks will resume next week, a source close to the negotiations said.", ["source close to the negotiations", "said", "indirect", "The talks will resume next week"]],
  ["The talks will resume next week, a diplomat briefed on the talks said.", ["diplomat briefed on the talks", "said", "indirect", "The talks will resume next week"]],
  ["The talks will resume, officials at the ministry told reporters.", ["officials at the ministry", "told", "indirect", "The talks will resume"]],
  ["Ana Lima was cited as saying the plan was dead.", ["Ana Lima", "cited as saying", "indirect", "the plan was dead"]],
  ["The report cited the ministry as a source.", null],
  ["The talks, which began in Cairo on Monday, said nothing new.", null],
  // co-speakers in a reverse attribution: the first speaks ("the gold credits the first speaker")
  ["Authorities detained two contractors, the private DHA news agency and other media reported.", ["DHA", "reported", "indirect", "Authorities detained two contractors"]],
  // a verb of appeal or outcry before a colon: its subject speaks the quotation after it (not any verb)
  ["This resident begs rescue teams to come to his town: “People, Jindires is under the rubble.”", ["This resident", "begs", "direct", "People, Jindires is under the rubble."]],
  ["The crowd chanted: “Down with the government.”", ["crowd", "chanted", "direct", "Down with the government."]],
  ["The banner showed two words: “Never again.”", null],
  // a reporting participle before "that" after an issued statement or figures: the issuer speaks
  ["The commission released final figures from the polls confirming that the governing party won by over 61%.", ["commission", "confirming", "indirect", "the governing party won"]],
  ["The ministry issued a statement confirming that the storm would hit on Monday.", ["ministry", "confirming", "indirect", "the storm would hit"]],
  ["The storm destroyed a report saying that the dam was safe.", null],
  ["Ana Lima met protesters claiming that the vote was rigged.", null],
  // a name given to a thing ("what they call “protective” ballots") is a quoted term, not speech
  ["Unions are planning what they call “protective” ballots for industrial action.", null],
  ["The attack was what officials called “a tragedy” for the town.", ["officials", "called", "direct", "a tragedy"]],
  // an inverted relay quoting its source: the source speaks (nested attribution credits the innermost)
  ["The floods are the worst in a century, reported the BBC, quoting the weather service Vigicrues.", ["Vigicrues", "reported", "indirect", "The floods are the worst"]],
  ["The floods are the worst in a century, reported the BBC.", ["BBC", "reported", "indirect", "The floods are the worst"]],
];

for (const [sentence, want] of ROWS) {
  test(`quotes: ${sentence}`, () => {
    const a = analyze({ text: sentence, published: "2024-08-19" });
    if (want === null) {
      assert.equal(a.quotes.length, 0, `expected no quote, got ${JSON.stringify(a.quotes.map((q) => [q.speaker?.name, q.cue?.text, q.content.text]))}`);
      return;
    }
    const [speaker, cue, type, head] = want;
    const q = a.quotes.find((x) => x.content.text.startsWith(head));
    assert.ok(q, `a quote starting "${head}" in ${JSON.stringify(a.quotes.map((x) => [x.speaker?.name, x.cue?.text, x.content.text]))}`);
    const names = [q.speaker?.name, q.speaker?.mention?.text];
    assert.ok(names.includes(speaker ?? undefined), `speaker ${speaker} in ${JSON.stringify(names)}`);
    assert.equal(q.cue?.text.toLowerCase() ?? null, cue);
    assert.equal(q.type, type);
  });
}

test("quotes: a name in apposition to a description of one office-holder is the speaker, and a person for pronouns", () => {
  const cases: [string, string[]][] = [
    ["Seven helicopters were deployed, said the prefect of the region, Alain Dupont.", ["Alain Dupont"]],
    ["But the head of the electoral board, K.M. Nurul Huda, told reporters the vote was fair. He also said that turnout was 80 percent.", ["K.M. Nurul Huda", "K.M. Nurul Huda"]],
    ["“We will rebuild,” the head of the agency, Ana Lima, said.", ["Ana Lima"]],
    ["The head of the agency, Ana Lima, said: “We will rebuild.”", ["Ana Lima"]],
    // (the name first and the description in apposition: the name, as before)
    ["Ana Lima, the head of the agency, said profits fell.", ["Ana Lima"]],
  ];
  for (const [text, want] of cases) {
    const got = analyze({ text }).quotes.map((q) => q.speaker?.name ?? "");
    assert.equal(got.length, want.length, `${text}: ${JSON.stringify(got)}`);
    want.forEach((w, i) => assert.ok(got[i].includes(w), `${text}: speaker ${i} ${JSON.stringify(got[i])}, want ${w}`));
  }
});

test("quotes: a clause running on after “, he said,” with a prepositional complement is reported whole; a time, an occasion or a subordinate clause after it is not", () => {
  const content = (text: string) => analyze({ text }).quotes.map((q) => q.content.text);
  assert.deepEqual(content("Ana Lima arrived. That was compounded, she said, by weak demand in Asia and falling sales in Europe."), ["That was compounded, she said, by weak demand in Asia and falling sales in Europe"]);
  assert.deepEqual(content("The army withdrew, officials said, from the northern town of Kidal after heavy fighting with rebels."), ["The army withdrew, officials said, from the northern town of Kidal after heavy fighting with rebels"]);
  assert.deepEqual(content("Israel is ready, the minister said, in a statement on Monday."), ["Israel is ready"]);
  assert.deepEqual(content("His government aims to build housing within a year, Ana Lima noted, as she made her first visit to the region."), ["His government aims to build housing within a year"]);
  assert.deepEqual(content("The talks failed, Ana Lima said, and left the room."), ["The talks failed"]);
});

test("quotes: a quotation the excerpt cuts off in its last paragraph has no visible speaker and is dropped, unless its own cue is there", () => {
  const contents = (text: string) => analyze({ text }).quotes.map((q) => q.content.text);
  assert.deepEqual(contents("Ana Lima spoke in Cairo.\n\n“We will not leave until there is peace,” she said.\n\n“Nobody wants Europe t"), ["We will not leave until there is peace,"]);
  assert.deepEqual(contents("Ana Lima spoke in Cairo.\n\n“We will not leave until there is peace.\n\n“Nobody wants war,” she said."), ["We will not leave until there is peace.", "Nobody wants war,"]);
  assert.deepEqual(contents("Ana Lima said: “We will not lea"), ["We will not lea"]);
  // (a continuation that the text does not cut keeps its speaker)
  assert.deepEqual(contents("Ana Lima said the talks had failed.\n\n“There is no other way forward.”"), ["the talks had failed", "There is no other way forward."]);
});

test("quotes: “it said”/“they added” after a body given by a phrase (“The agency said …”) is that body's; a name after it wins", () => {
  const speakers = (text: string) => analyze({ text }).quotes.map((q) => q.speaker?.name ?? null);
  assert.deepEqual(speakers("The agency said the cases were rising.\n\n“We are witnessing a decline,” it said."), ["agency", "agency"]);
  assert.deepEqual(speakers("The government will appeal, sources said. The plaintiffs are getting old, they added."), ["sources", "sources"]);
  assert.deepEqual(speakers("The ministry said the talks were over. Hamas rejected the claim. “It is a lie,” it said."), ["ministry", "Hamas"]);
  // (the last body quoted, past a person quoted since)
  assert.deepEqual(speakers("“The parties agreed,” the press service said. Ana Lima said the border was calm. Ana Lima called for calm. “The parties also agreed to meet,” it said."), ["press service", "Ana Lima", "press service"]);
  // (a person's description is no antecedent of "it")
  assert.notEqual(speakers("The spokesman said the talks failed. “It is a trap,” it added.")[1], "spokesman");
});

test("quotes: a “that” clause is reported even when the tagger finds no verb in it; “states”/“reports” after a list of places is a noun", () => {
  const got = (text: string) => analyze({ text }).quotes.map((q) => [q.cue?.text ?? null, q.content.text]);
  assert.deepEqual(got("The agency said that these span 21 states and 105 local government areas."), [["said", "these span 21 states and 105 local government areas"]]);
  assert.deepEqual(got("He said that in a statement."), []);
  assert.deepEqual(got("The burden is concentrated in Ondo, Taraba and Ebonyi states"), []);
  assert.deepEqual(got("The suspects were named as Ali Rakhimov and Omar Fariduni, KP reports."), [["reports", "The suspects were named as Ali Rakhimov and Omar Fariduni"]]);
});

test("quotes: a headline repeated on the page (teaser and title) is one quote", () => {
  const text = "• Lassa fever kills 152 in Nigeria – NCDC\n\nLassa fever kills 152 in Nigeria – NCDC\n\nThe Nigeria Centre for Disease Control (NCDC) reported 152 deaths.";
  assert.equal(analyze({ text }).quotes.filter((q) => q.content.text.includes("Lassa fever kills")).length, 1);
});

test("quotes: co-speakers (“Hamas and Israel said”) are credited to the first, unless the two words are one name", () => {
  const first = (text: string) => analyze({ text }).quotes[0]?.speaker?.name;
  assert.equal(first("Hamas and Israel said the talks would resume."), "Hamas");
  assert.equal(first("“We agree,” Hamas and Israel said."), "Hamas");
  assert.equal(first("Thailand and Cambodia on Thursday said they had agreed to end the fighting."), "Thailand");
  assert.notEqual(first("The Ministry of Trade and Industry said exports rose."), "Ministry of Trade");
});

test("quotes: a quotation continued in the next paragraph keeps its speaker", () => {
  const text = "“We came here to make peace,” Ana Lima said. “We will not leave without it.\n\n“The people are tired of war.”";
  const a = analyze({ text });
  const last = a.quotes[a.quotes.length - 1];
  assert.ok(last.content.text.startsWith("The people are tired"));
  assert.equal(last.speaker?.name, "Ana Lima");
  assert.ok(last.continues, "marks the quote it continues");
});

test("quotes: a coordinated clause with its own subject and reporting verb is an attribution of its own", () => {
  const cases: [string, [string, string][]][] = [
    ["Ana Lima said she had not seen the report, and she added that she was sorry.", [["Ana Lima", "she had not seen the report"], ["Ana Lima", "she was sorry"]]],
    ["Ana Lima said the army had retreated, and officials said the town was calm.", [["Ana Lima", "the army had retreated"], ["officials", "the town was calm"]]],
    ["Ana Lima said she had not seen the report, and when asked whether she was angry, she said, “I hope not.”", [["Ana Lima", "she had not seen the report"], ["Ana Lima", "I hope not."]]],
    // without a reporting verb of its own, the coordinated clause stays in the content
    ["Ana Lima said the deal was close, and the talks would resume.", [["Ana Lima", "the deal was close, and the talks would resume"]]],
    // a second speech verb of the speaker's, in the cue's tense, without a subject: the clause ends before it
    ["Officials said the toll had jumped to 172 and warned that more deaths were likely.", [["Officials", "the toll had jumped to 172"], ["Officials", "more deaths were likely"]]],
    ["Ana Lima told reporters there was no scope for a new vote and denied allegations of fraud.", [["Ana Lima", "there was no scope for a new vote"]]],
    ["Ana Lima says the deal is close and adds that talks will resume.", [["Ana Lima", "the deal is close"], ["Ana Lima", "talks will resume"]]],
    // (not a verb of speech, nor one in another tense: the reported subject's own verbs)
    ["Ana Lima said the army had retreated and regrouped near the border.", [["Ana Lima", "the army had retreated and regrouped near the border"]]],
    ["Ana Lima said the rebels deny the attack and claim it was staged.", [["Ana Lima", "the rebels deny the attack and claim it was staged"]]],
  ];
  for (const [text, want] of cases) {
    const got = analyze({ text }).quotes.map((q) => [q.speaker?.name ?? q.speaker?.mention?.text ?? "", q.content.text]);
    assert.deepEqual(got, want, text);
  }
});

test("quotes: after a quotation inside a clause, the next sentence's cue before a quotation of its own attributes that one", () => {
  const text = "Ana Lima says she respects the envoy and calls him “a man of great patience.” She adds, “In a war things get heated.”";
  const got = analyze({ text }).quotes.map((q) => [q.cue?.text ?? null, q.content.text]);
  assert.deepEqual(got, [
    ["says", "she respects the envoy and calls him “a man of great patience.”"],
    ["adds", "In a war things get heated."],
  ]);
  // a quotation opening its sentence is still the next cue's (“…” He added: “…”)
  const b = analyze({ text: "“We will win.” Ana Lima added: “The war is over.”" }).quotes;
  assert.equal(b[0].content.text, "We will win.");
  assert.equal(b[0].cue?.text, "added");
});

test("quotes: a quote inside a quote stays one quote", () => {
  const a = analyze({ text: "“He told me ‘we will win’ and I believed him,” Ana Lima said." });
  assert.equal(a.quotes.length, 1);
  assert.ok(a.quotes[0].content.text.includes("‘we will win’"));
});

test("quotes: the speaker of a standalone quote paragraph is taken from the previous one", () => {
  const text = "Ana Lima said the talks would resume on Monday.\n\n“There is no other way forward for our two countries.”";
  const a = analyze({ text });
  const q = a.quotes.find((x) => x.content.text.startsWith("There is no other way"));
  assert.equal(q?.speaker?.name, "Ana Lima");
});

test("quotes: whole-paragraph quotations before “…,” he said take that speaker (and a ” used as an opener)", () => {
  const text = "Dr Omilusi Mike commended the turnout.\n\n\u201DI want to commend the people of the state for their patience.\n\n\u201CIt is obvious that the wishes of the people have prevailed,\u201D he said.";
  const a = analyze({ text });
  const first = a.quotes.find((x) => x.content.text.startsWith("I want to commend"));
  assert.ok(first, JSON.stringify(a.quotes.map((q) => q.content.text)));
  assert.equal(first.speaker?.name, "Omilusi Mike");
  const last = a.quotes.find((x) => x.content.text.startsWith("It is obvious"));
  assert.equal(last?.speaker?.name, "Omilusi Mike");
});

test("quotes: a writer's participle clause (“, taking …”) is not part of the reported clause", () => {
  const a = analyze({ text: "Ali Salehi confirmed Iran was producing uranium at 60 percent, taking the country closer to a bomb.", published: "2024-08-19" });
  const q = a.quotes.find((x) => x.content.text.startsWith("Iran was producing"));
  assert.ok(q);
  assert.equal(q.content.text, "Iran was producing uranium at 60 percent");
});

test("quotes: a quote that ends its sentence is not attributed to the next sentence's own “X said …” clause", () => {
  const a = analyze({ text: "China's delegation held a press conference, characterizing the talks as “candid and constructive.” Vice Premier Liu Wei said both parties agreed to a mechanism.", published: "2024-08-19" });
  const q = a.quotes.find((x) => x.content.text.startsWith("candid"));
  assert.ok(!q || q.speaker?.name !== "Liu Wei", `“candid …” credited to ${q?.speaker?.name}`);
  const r = a.quotes.find((x) => x.content.text.startsWith("both parties agreed"));
  assert.equal(r?.speaker?.name, "Liu Wei");
});

test("quotes: a reported clause inside a quotation ends with it; the next quoted sentence continues the quote", () => {
  const text = "Blinken met Netanyahu.\n\n“In a constructive meeting today, he told me that Israel accepts the proposal,” Blinken told reporters. “The next step is for Hamas to say yes.”";
  const a = analyze({ text, published: "2024-08-19" });
  const next = a.quotes.find((q) => q.content.text.startsWith("The next step"));
  assert.equal(next?.speaker?.name, "Blinken");
  for (const q of a.quotes) assert.ok(!/Blinken told reporters/.test(q.content.text), `content crosses the quotation: ${q.content.text}`);
});

test("quotes: a writer's contrasting clause after a reverse attribution is not the content", () => {
  const a = analyze({ text: "At least 40,139 people have been killed in Gaza, the health ministry said on Monday, while more than 92,000 have been wounded.", published: "2024-08-19" });
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].content.text, "At least 40,139 people have been killed in Gaza");
  assert.equal(a.figures.find((f) => f.value === 92000)?.source?.name, "health ministry");
});

test("quotes: a relative clause's reported clause ends before the main clause (“X, who said …, arrived”)", () => {
  const a = analyze({ text: "Blinken, who said last week that a deal was close, arrived in Cairo.", published: "2024-08-19" });
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].content.text, "a deal was close");
});

test("quotes: the speaker span is the name alone, without a time or occasion after it (issue 14)", () => {
  for (const text of ["“We will rebuild,” said Mayor Ann Lee on Monday.", "“We will rebuild,” said Mayor Ann Lee in a statement.", "“We will rebuild,” said Mayor Ann Lee late Friday.", "The bridge will reopen, said Mayor Ann Lee on Monday."]) {
    const a = analyze({ text, published: "2024-08-19" });
    assert.equal(a.quotes.length, 1, text);
    const m = a.quotes[0].speaker?.mention;
    assert.ok(m && /^(Mayor )?Ann Lee$/.test(m.text), `${text}: speaker span ${JSON.stringify(m?.text)}`);
    assert.ok(a.quotes[0].speaker?.entity, `${text}: linked to its entity`);
  }
  // (a name that goes on after "on" is kept: "the Committee on Foreign Relations")
  const a = analyze({ text: "“We will act,” said the Senate Committee on Foreign Relations.", published: "2024-08-19" });
  assert.ok(a.quotes[0]?.speaker?.mention?.text.endsWith("Foreign Relations"), JSON.stringify(a.quotes[0]?.speaker));
});

test("quotes: a figure stated by someone is credited to them (“The agency put the toll at 412”)", () => {
  const a = analyze({ text: "The agency put the toll at 412 on Monday.", published: "2024-08-19" });
  assert.equal(a.figures.find((f) => f.value === 412)?.source?.name, "agency");
});

test("quotes: reported speech inside a quotation is a quote of its own, via the quoted speaker (issue 14)", () => {
  const a = analyze({ text: "Ana Lima met the envoy. “He told me that the government accepts the plan,” she said.", published: "2024-08-19" });
  const outer = a.quotes.find((q) => q.content.text.startsWith("He told me"));
  assert.equal(outer?.speaker?.name, "Ana Lima");
  const inner = a.quotes.find((q) => q.content.text === "the government accepts the plan") as (typeof a.quotes)[number] & { via?: { name: string } };
  assert.ok(inner, JSON.stringify(a.quotes.map((q) => q.content.text)));
  assert.equal(inner.via?.name, "Ana Lima");
  assert.notEqual(inner.speaker?.name, "Ana Lima", "“he” inside her quotation is not her");
  // the person named before, other than the quoted speaker
  const b = analyze({ text: "Blinken met Netanyahu.\n\n“In a constructive meeting today, he told me that Israel accepts the proposal,” Blinken told reporters.", published: "2024-08-19" });
  const nested = b.quotes.find((q) => q.content.text === "Israel accepts the proposal") as (typeof b.quotes)[number] & { via?: { name: string } };
  assert.equal(nested?.speaker?.name, "Netanyahu");
  assert.equal(nested?.via?.name, "Blinken");
  // not the quoted speaker's own words ("I told them that …"), nor a quotation inside the quotation
  for (const text of ["“I told them that the plan is dead,” Ana Lima said.", "“He told me ‘we will win’ and I believed him,” Ana Lima said."]) {
    assert.equal(analyze({ text }).quotes.length, 1, text);
  }
});

test("quotes: a clause after “…, X said, and” is X's only when it has a subject and no attribution of its own", () => {
  const one = analyze({ text: "The talks failed, Ana Lima said, and left the room." }).quotes;
  assert.deepEqual(one.map((q) => q.content.text), ["The talks failed"]);
  const two = analyze({ text: "The talks failed, Ana Lima said, and officials said the envoy would leave." }).quotes;
  assert.deepEqual(two.map((q) => [q.speaker?.name, q.content.text]), [["Ana Lima", "The talks failed"], ["officials", "the envoy would leave"]]);
  const w = analyze({ text: "The institute said the quake struck at a depth of 10 km, while the EMSC said a tsunami was unlikely." }).quotes;
  assert.equal(w[0].content.text, "the quake struck at a depth of 10 km");
});

test("quotes: a relayed report is the inner speaker's, with the relay as via; a pledge inside a report is no relay", () => {
  const cases: [string, string, string, string | undefined][] = [
    ["Reuters reported that unconfirmed sources said the death toll could rise, making it the deadliest attack in years.", "unconfirmed sources", "the death toll could rise", "Reuters"],
    ["The ministry said the talks had failed, the state news agency reported.", "ministry", "the talks had failed", "state news agency"],
    ["The NATO chief said that allies have already pledged €500 million for “fuel and medical supplies.”", "NATO chief", "allies have already pledged €500 million for “fuel and medical supplies.”", undefined],
  ];
  for (const [text, speaker, content, via] of cases) {
    const qs = analyze({ text }).quotes as (ReturnType<typeof analyze>["quotes"][number] & { via?: { name: string } })[];
    assert.equal(qs.length, 1, `${text}: ${JSON.stringify(qs.map((q) => q.content.text))}`);
    assert.equal(qs[0].speaker?.name, speaker, text);
    assert.equal(qs[0].content.text, content, text);
    assert.equal(qs[0].via?.name, via, text);
  }
});

test("quotes: a relative clause whose gap is the reported subject ends before the main clause (issue 14)", () => {
  const a = analyze({ text: "Debris that officials have said prevented the ship from moving was removed on Monday." });
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.content.text]), [["officials", "prevented the ship from moving"]]);
});

test("quotes: a quotation without attribution takes the trailing attribution of the next sentence's quotation (issue 14)", () => {
  const text = "The attack began at 8 pm. The gunmen also “threw a grenade or an incendiary bomb, which started a fire.” They then “allegedly fled in a white Renault car,” the news agency said.";
  const first = analyze({ text }).quotes.find((q) => q.content.text.startsWith("The gunmen"));
  assert.equal(first?.speaker?.name, "news agency");
  assert.equal(first?.type, "mixed");
  const whole = analyze({ text: "“We will rebuild the city.” “It will take years,” the mayor said." }).quotes;
  assert.deepEqual(whole.map((q) => [q.speaker?.name, q.type, q.content.text]), [["mayor", "direct", "We will rebuild the city."], ["mayor", "direct", "It will take years,"]]);
  // negatives: scare quotes before an indirect quote; a sentence with its own cue
  const scare = analyze({ text: "The “special military operation” began in 2022. It was a mistake, he said." }).quotes;
  assert.ok(!scare.some((q) => q.content.text.includes("special military")));
  const own = analyze({ text: "Critics called the plan “a very bad joke” on Monday. “It will fail,” John Carter said." }).quotes;
  assert.equal(own.find((q) => q.content.text.includes("bad joke"))?.speaker?.name, "Critics");
});

test("quotes: an attribution sentence after a quote is a relay, not a second quote", () => {
  const a = analyze({ text: "“We are ready,” Ana Lima said. Reuters reported." });
  assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ["Ana Lima"]);
});

test("quotes: a reported clause ends before the writer's “…, but he declined to elaborate” (issue 14)", () => {
  const contents = (text: string) => analyze({ text }).quotes.map((q) => q.content.text);
  assert.deepEqual(contents("Greer hinted at a breakthrough, suggesting that an agreement had been reached, but he, too, declined to elaborate."), ["an agreement had been reached"]);
  assert.deepEqual(contents("Ana Lima said the deal was close, but she gave no details."), ["the deal was close"]);
  // (not a clause that may be the speaker's own: "but she would not sign it yet")
  assert.deepEqual(contents("Ana Lima said the deal was close, but she would not sign it yet."), ["the deal was close, but she would not sign it yet"]);
});
