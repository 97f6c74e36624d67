/**
 * Places: countries (with demonyms and aliases), cities and regions. Written for dossier from
 * general geographic knowledge. Format per country: "Canonical|demonym[,demonym…]|alias[,alias…]".
 */
export const COUNTRIES: string[] = [
  "Afghanistan|Afghan|", "Albania|Albanian|", "Algeria|Algerian|", "Angola|Angolan|", "Argentina|Argentine,Argentinian|",
  "Armenia|Armenian|", "Australia|Australian|", "Austria|Austrian|", "Azerbaijan|Azerbaijani,Azeri|", "Bahrain|Bahraini|",
  "Bangladesh|Bangladeshi|", "Belarus|Belarusian|", "Belgium|Belgian|", "Bolivia|Bolivian|", "Bosnia|Bosnian|Bosnia and Herzegovina",
  "Brazil|Brazilian|", "Bulgaria|Bulgarian|", "Burkina Faso|Burkinabe|", "Burundi|Burundian|", "Cambodia|Cambodian|",
  "Cameroon|Cameroonian|", "Canada|Canadian|", "Chad|Chadian|", "Chile|Chilean|", "China|Chinese|People's Republic of China,PRC,Beijing",
  "Colombia|Colombian|", "Congo|Congolese|DRC,Democratic Republic of Congo,Democratic Republic of the Congo", "Croatia|Croatian|",
  "Cuba|Cuban|", "Cyprus|Cypriot|", "Czech Republic|Czech|Czechia", "Denmark|Danish,Dane|", "Djibouti|Djiboutian|",
  "Ecuador|Ecuadorian|", "Egypt|Egyptian|Cairo", "Eritrea|Eritrean|", "Estonia|Estonian|", "Ethiopia|Ethiopian|",
  "Finland|Finnish,Finn|", "France|French|Paris", "Georgia|Georgian|", "Germany|German|Berlin", "Ghana|Ghanaian|",
  "Greece|Greek|", "Guatemala|Guatemalan|", "Guinea|Guinean|", "Haiti|Haitian|", "Honduras|Honduran|", "Hungary|Hungarian|",
  "India|Indian|New Delhi", "Indonesia|Indonesian|", "Iran|Iranian|Islamic Republic,Tehran", "Iraq|Iraqi|", "Ireland|Irish|",
  "Israel|Israeli|", "Italy|Italian|Rome", "Ivory Coast|Ivorian|Cote d'Ivoire", "Japan|Japanese|Tokyo", "Jordan|Jordanian|",
  "Kazakhstan|Kazakh|", "Kenya|Kenyan|", "Kosovo|Kosovar|", "Kuwait|Kuwaiti|", "Kyrgyzstan|Kyrgyz|", "Laos|Lao,Laotian|",
  "Latvia|Latvian|", "Lebanon|Lebanese|", "Libya|Libyan|", "Lithuania|Lithuanian|", "Luxembourg|Luxembourgish|",
  "Madagascar|Malagasy|", "Malawi|Malawian|", "Malaysia|Malaysian|", "Mali|Malian|", "Malta|Maltese|", "Mauritania|Mauritanian|",
  "Mexico|Mexican|", "Moldova|Moldovan|", "Mongolia|Mongolian|", "Montenegro|Montenegrin|", "Morocco|Moroccan|",
  "Mozambique|Mozambican|", "Myanmar|Burmese|Burma", "Namibia|Namibian|", "Nepal|Nepali,Nepalese|", "Netherlands|Dutch|Holland",
  "New Zealand|New Zealander|", "Nicaragua|Nicaraguan|", "Niger|Nigerien|", "Nigeria|Nigerian|", "North Korea|North Korean|Pyongyang,DPRK",
  "North Macedonia|Macedonian|", "Norway|Norwegian|", "Oman|Omani|", "Pakistan|Pakistani|", "Palestine|Palestinian|Palestinian territories,State of Palestine",
  "Panama|Panamanian|", "Paraguay|Paraguayan|", "Peru|Peruvian|", "Philippines|Filipino,Philippine|", "Poland|Polish,Pole|",
  "Portugal|Portuguese|", "Qatar|Qatari|", "Romania|Romanian|", "Russia|Russian|Russian Federation,Moscow", "Rwanda|Rwandan|",
  "Saudi Arabia|Saudi|Riyadh,KSA", "Senegal|Senegalese|", "Serbia|Serbian,Serb|", "Sierra Leone|Sierra Leonean|",
  "Singapore|Singaporean|", "Slovakia|Slovak|", "Slovenia|Slovenian|", "Somalia|Somali|", "South Africa|South African|",
  "South Korea|South Korean|Korea,Seoul,Republic of Korea", "South Sudan|South Sudanese|", "Spain|Spanish|Madrid", "Sri Lanka|Sri Lankan|",
  "Sudan|Sudanese|", "Sweden|Swedish,Swede|", "Switzerland|Swiss|", "Syria|Syrian|Damascus", "Taiwan|Taiwanese|Taipei",
  "Tajikistan|Tajik|", "Tanzania|Tanzanian|", "Thailand|Thai|", "Tunisia|Tunisian|", "Turkey|Turkish,Turk|Türkiye,Turkiye,Ankara",
  "Turkmenistan|Turkmen|", "Uganda|Ugandan|", "Ukraine|Ukrainian|Kyiv,Kiev", "United Arab Emirates|Emirati|UAE,U.A.E.",
  "United Kingdom|British,Briton|UK,U.K.,Britain,Great Britain,London", "United States|American,US,U.S.|US,U.S.,USA,U.S.A.,America,United States of America",
  "Uruguay|Uruguayan|", "Uzbekistan|Uzbek|", "Venezuela|Venezuelan|Caracas", "Vietnam|Vietnamese|", "Yemen|Yemeni|",
  "Zambia|Zambian|", "Zimbabwe|Zimbabwean|", "Iceland|Icelandic|", "Vatican|Vatican|Holy See", "Gaza|Gazan|Gaza Strip",
  "West Bank||", "European Union|European|", "Africa|African|", "Asia|Asian|", "Arab world|Arab|", "Tigray|Tigrayan|",
  "Kurdistan|Kurdish,Kurd|", "Latin America|Latin American|", "Scotland|Scottish,Scot|", "Wales|Welsh|", "England|English|",
];

/** Cities and other settlements (GPE). */
export const CITIES: string[] = [
  "Jerusalem", "West Jerusalem", "East Jerusalem", "Tel Aviv", "Haifa", "Rafah", "Khan Younis", "Gaza City", "Doha", "Cairo",
  "Beirut", "Damascus", "Amman", "Baghdad", "Tehran", "Riyadh", "Jeddah", "Dubai", "Abu Dhabi", "Ankara", "Istanbul",
  "Moscow", "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Mariupol", "Washington", "New York", "Geneva", "Vienna", "Brussels",
  "Paris", "London", "Berlin", "Rome", "Madrid", "Beijing", "Shanghai", "Hong Kong", "Tokyo", "Seoul", "Pyongyang", "New Delhi",
  "Islamabad", "Kabul", "Khartoum", "Omdurman", "Addis Ababa", "Pretoria", "Johannesburg", "Nairobi", "Lagos", "Abuja",
  "Ado-Ekiti", "Ado Ekiti", "Luanda", "Caracas", "Bogota", "Mexico City", "Vilnius", "Warsaw", "Minsk", "Baku", "Yerevan", "Tbilisi",
  "Stepanakert", "Mekelle", "Tigray", "Amhara", "Darfur", "Ekiti", "Crimea", "Donbas", "Donetsk", "Luhansk", "Zaporizhzhia",
  "Kherson", "Bakhmut", "Sochi", "Minsk", "Stockholm", "Helsinki", "Oslo", "Copenhagen", "Ottawa", "Canberra", "Sydney",
  "Toronto", "Los Angeles", "Chicago", "Camp David", "Manhattan", "Strasbourg", "The Hague", "Hague", "Davos", "Munich",
  "Sanaa", "Aden", "Tripoli", "Benghazi", "Tunis", "Algiers", "Rabat", "Dakar", "Accra", "Kampala", "Kigali", "Mogadishu",
  "Juba", "Asmara", "Djibouti", "Muscat", "Manama", "Kuwait City", "Nablus", "Jenin", "Hebron", "Ramallah", "Bethlehem",
  "Nagorno-Karabakh", "Karabakh", "Lachin", "Sumy", "Kursk", "Belgorod", "Ankara", "Alexandria", "Sharm el-Sheikh", "Aqaba",
];

/** Regions and geographic features (LOC), and head words that make a name a location. */
export const REGIONS: string[] = [
  "Middle East", "Gaza Strip", "West Bank", "Golan Heights", "Sinai", "Sinai Peninsula", "Red Sea", "Black Sea", "Mediterranean",
  "Persian Gulf", "Gulf", "Horn of Africa", "Sahel", "Europe", "Asia", "Africa", "Latin America", "North America", "South America",
  "Central Asia", "Caucasus", "South Caucasus", "Balkans", "Arctic", "Pacific", "Atlantic", "Indian Ocean", "Levant",
  "Philadelphi Corridor", "Netzarim Junction", "Netzarim Corridor", "Rafah crossing", "Kerem Shalom", "Blue Line", "Litani River",
  "Litani", "Nile", "Euphrates", "Eastern Europe", "Western Europe", "Southeast Asia", "East Africa", "West Africa", "Indo-Pacific",
  "Taiwan Strait", "South China Sea", "Strait of Hormuz", "Bab el-Mandeb", "Northern Gaza", "southern Lebanon", "Southern Lebanon",
];

export const LOC_HEADS = new Set([
  "strip", "corridor", "junction", "crossing", "river", "sea", "ocean", "mountains", "mountain", "valley", "region", "peninsula",
  "heights", "desert", "gulf", "bay", "lake", "island", "islands", "coast", "border", "province", "state", "district", "county",
  "street", "square", "airport", "port", "hills", "plain", "basin", "canal", "strait", "camp",
]);

/** Direction words that may prefix a place ("West Jerusalem", "northern Gaza"). */
export const DIRECTIONS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"]);

/**
 * Epithets that stand for one country in news prose ("the Islamic republic" → Iran), as
 * `[words after "the", country name as in COUNTRIES]`. Linked only when the article names the
 * country; ambiguous ones ("the kingdom", "the island nation") are left out.
 */
export const COUNTRY_EPITHETS: [string, string][] = [
  ["islamic republic", "Iran"],
  ["jewish state", "Israel"],
  ["hermit kingdom", "North Korea"],
  ["hermit state", "North Korea"],
  ["reclusive state", "North Korea"],
  ["communist island", "Cuba"],
];
