/**
 * News outlets of other countries and kinds that Newser credits and NER cannot know as outlets: each
 * country's national news agency, its best-known national dailies and broadcasters, the major US
 * regional papers whose names carry no masthead word ("Tulsa World", "Fresno Bee"), and well-known
 * magazines, websites and podcasts. Written from each outlet's own masthead; a short form goes in
 * only where news writes it alone ("dpa", "PTI", "SCMP"). Left out on purpose: names that are also
 * words, people's names or residents ("Dawn", "Mint", "The Age", "The Hindu", "The Namibian",
 * "The Oklahoman", "the Paper"), since gazetteer lookups ignore case and also type speakers. Names with
 * a masthead word ("Jerusalem Post") are listed too: the word marks a name only where NER tags it an
 * organization. Spellings without a name's accents that those rules already read ("Excelsior reports
 * that", "Sueddeutsche Zeitung") are left to them. The gazetteer's own entries win where a name is in both.
 */

export interface WorldOutlet {
  name: string;
  aliases?: string[];
  /** A state's or a ruling party's own news outlet: it speaks for that party (annotation/state-voices.ts). */
  stateRun?: boolean;
}

/** National news agencies (wire services), by country. */
const NEWS_AGENCIES: WorldOutlet[] = [
  { name: 'Deutsche Presse-Agentur', aliases: ['dpa', 'DPA'] }, // Germany
  { name: 'EFE', aliases: ['Agencia EFE'] }, // Spain
  { name: 'Europa Press' }, // Spain
  { name: 'Press Trust of India', aliases: ['PTI'] },
  { name: 'Asian News International', aliases: ['ANI'] }, // India
  { name: 'Australian Associated Press', aliases: ['AAP'] },
  { name: 'Jiji Press', aliases: ['Jiji'] }, // Japan
  { name: 'Bernama' }, // Malaysia
  { name: 'Antara', aliases: ['Antara News'] }, // Indonesia
  { name: 'Tasnim News Agency', aliases: ['Tasnim'], stateRun: true }, // Iran
  { name: 'Fars News Agency', stateRun: true }, // Iran ("Fars" alone is also a province)
  { name: "Iranian Students' News Agency", aliases: ['ISNA'] },
  { name: 'Mehr News Agency' }, // Iran
  { name: 'WAFA', stateRun: true }, // Palestinian territories
  { name: 'Emirates News Agency', aliases: ['WAM'], stateRun: true },
  { name: 'Saudi Press Agency', stateRun: true },
  { name: 'Middle East News Agency', stateRun: true }, // Egypt
  { name: 'Ukrinform' }, // Ukraine
  { name: 'Polish Press Agency' },
  { name: 'Belga' }, // Belgium
  { name: 'Ritzau' }, // Denmark
  { name: 'Keystone-SDA' }, // Switzerland
  { name: 'Notimex' }, // Mexico
  { name: 'Télam', aliases: ['Telam'] }, // Argentina
  { name: 'Agência Brasil', aliases: ['Agencia Brasil'] },
  { name: 'Prensa Latina', stateRun: true }, // Cuba
  { name: 'Canadian Press' },
  { name: 'News Agency of Nigeria' },
  { name: 'Central News Agency' }, // Taiwan
];

/** National dailies and broadcasters of Europe, by country. */
const EUROPE: WorldOutlet[] = [
  { name: 'Irish Times' },
  { name: 'Irish Independent' },
  { name: 'RTÉ', aliases: ['RTE'] }, // Ireland
  { name: 'The Scotsman', aliases: ['Scotsman'] },
  { name: 'Daily Mirror', aliases: ['the Mirror'] }, // UK
  { name: 'Daily Express' }, // UK
  { name: 'The Spectator', aliases: ['Spectator'] }, // UK
  { name: 'New Statesman' }, // UK
  { name: 'Le Parisien' },
  { name: 'Libération' },
  { name: 'Les Echos' },
  { name: 'Le Point' },
  { name: 'Ouest-France' },
  { name: 'BFMTV', aliases: ['BFM TV'] },
  { name: 'France Info', aliases: ['Franceinfo'] },
  { name: 'France Inter' },
  { name: 'TF1' },
  { name: 'Mediapart' },
  { name: 'Paris Match' },
  { name: 'Frankfurter Allgemeine Zeitung', aliases: ['FAZ', 'Frankfurter Allgemeine'] },
  { name: 'Süddeutsche Zeitung' },
  { name: 'Die Zeit' },
  { name: 'Die Welt' },
  { name: 'Handelsblatt' },
  { name: 'Tagesspiegel', aliases: ['Der Tagesspiegel'] },
  { name: 'ZDF' },
  { name: 'ARD' },
  { name: 'La Repubblica', aliases: ['Repubblica'] },
  { name: 'La Stampa' },
  { name: 'Il Messaggero' },
  { name: 'Il Fatto Quotidiano' },
  { name: 'Il Sole 24 Ore' },
  { name: 'RAI' },
  { name: 'El Mundo' },
  { name: 'La Vanguardia' },
  { name: 'El Confidencial' },
  { name: 'RTVE' },
  { name: 'Cadena SER' },
  { name: 'RTP' }, // Portugal
  { name: 'De Telegraaf' },
  { name: 'De Volkskrant', aliases: ['Volkskrant'] },
  { name: 'NRC Handelsblad', aliases: ['NRC'] },
  { name: 'NOS' }, // the Netherlands
  { name: 'Le Soir' },
  { name: 'De Standaard' },
  { name: 'VRT' },
  { name: 'RTBF' },
  { name: 'Neue Zürcher Zeitung', aliases: ['NZZ', 'Neue Zurcher Zeitung'] },
  { name: 'Tages-Anzeiger' },
  { name: 'SRF' },
  { name: 'Le Temps' },
  { name: 'Der Standard' },
  { name: 'Die Presse' },
  { name: 'Kronen Zeitung' },
  { name: 'ORF' },
  { name: 'Aftenposten' },
  { name: 'Verdens Gang', aliases: ['VG'] },
  { name: 'NRK' },
  { name: 'Dagbladet' },
  { name: 'Dagens Nyheter' },
  { name: 'Svenska Dagbladet' },
  { name: 'Aftonbladet' },
  { name: 'Expressen' },
  { name: 'SVT' },
  { name: 'Politiken' },
  { name: 'Berlingske' },
  { name: 'Jyllands-Posten' },
  { name: 'Helsingin Sanomat' },
  { name: 'Yle' },
  { name: 'Gazeta Wyborcza' },
  { name: 'Rzeczpospolita' },
  { name: 'TVN24' },
  { name: 'Hürriyet', aliases: ['Hurriyet'] },
  { name: 'Daily Sabah' },
  { name: 'Cumhuriyet' },
  { name: 'TRT', aliases: ['TRT World'] },
  { name: 'Kommersant' },
  { name: 'Moscow Times' },
  { name: 'Ukrainska Pravda' },
  { name: 'Euronews' },
];

/** National dailies and broadcasters of Asia and the Pacific, by country. */
const ASIA_PACIFIC: WorldOutlet[] = [
  { name: 'Yomiuri Shimbun', aliases: ['Yomiuri'] },
  { name: 'Mainichi Shimbun', aliases: ['Mainichi'] },
  { name: 'Sankei Shimbun', aliases: ['Sankei'] },
  { name: 'Japan Times' },
  { name: 'Fuji TV' },
  { name: 'Chosun Ilbo', aliases: ['Chosun'] },
  { name: 'JoongAng Ilbo', aliases: ['JoongAng'] },
  { name: 'Dong-A Ilbo' },
  { name: 'Hankyoreh' },
  { name: 'Korea Herald' },
  { name: 'Korea Times' },
  { name: 'KBS' },
  { name: 'NK News' },
  { name: "People's Daily", stateRun: true }, // China
  { name: 'Global Times', stateRun: true }, // China
  { name: 'CCTV', stateRun: true },
  { name: 'Sixth Tone' },
  { name: 'South China Morning Post', aliases: ['SCMP'] },
  { name: 'Taipei Times' },
  { name: 'Radio Free Asia' },
  { name: 'Straits Times' },
  { name: 'Channel NewsAsia', aliases: ['CNA'] },
  { name: 'Bangkok Post' },
  { name: 'Jakarta Post' },
  { name: 'Kompas' },
  { name: 'Rappler' },
  { name: 'Philippine Daily Inquirer' },
  { name: 'ABS-CBN' },
  { name: 'VnExpress' },
  { name: 'Malaysiakini' },
  { name: 'Hindustan Times' },
  { name: 'Indian Express' },
  { name: 'NDTV' },
  { name: 'India Today' },
  { name: 'Economic Times' },
  { name: 'Express Tribune' }, // Pakistan
  { name: 'Geo News' }, // Pakistan
  { name: 'Kathmandu Post' },
  { name: 'Sydney Morning Herald' },
  { name: 'Australian Broadcasting Corporation' },
  { name: 'SBS' }, // Australia
  { name: 'Herald Sun' }, // Australia
  { name: 'New Zealand Herald' },
  { name: 'Radio New Zealand', aliases: ['RNZ'] },
  { name: 'TVNZ' },
];

/** Dailies and broadcasters of the Middle East and Africa, by country. */
const MIDDLE_EAST_AFRICA: WorldOutlet[] = [
  { name: 'Jerusalem Post' },
  { name: 'Yedioth Ahronoth', aliases: ['Yediot Ahronot'] },
  { name: 'Maariv' },
  { name: 'Israel Hayom' },
  { name: 'i24NEWS' },
  { name: 'Al-Ahram', aliases: ['Al Ahram', 'Ahram Online'] }, // Egypt
  { name: 'Al-Masry Al-Youm' }, // Egypt
  { name: 'Mada Masr' }, // Egypt
  { name: 'Asharq Al-Awsat' }, // Saudi Arabia, London
  { name: 'Arab News' }, // Saudi Arabia
  { name: 'Gulf News' }, // UAE
  { name: 'Khaleej Times' }, // UAE
  { name: "L'Orient-Le Jour" }, // Lebanon
  { name: 'An-Nahar' }, // Lebanon
  { name: 'Al Mayadeen' }, // Lebanon
  { name: 'Al-Manar' }, // Lebanon
  { name: 'Rudaw' }, // Iraqi Kurdistan
  { name: 'Kurdistan 24' },
  { name: 'Middle East Eye' },
  { name: 'Tehran Times' },
  { name: 'Kayhan' }, // Iran
  { name: 'Hamshahri' }, // Iran
  { name: 'Iran International' },
  { name: 'Premium Times' }, // Nigeria
  { name: 'Channels TV', aliases: ['Channels Television'] }, // Nigeria
  { name: 'Daily Nation' }, // Kenya
  { name: 'Citizen TV' }, // Kenya
  { name: 'News24' }, // South Africa
  { name: 'Mail & Guardian' }, // South Africa
  { name: 'Daily Maverick' }, // South Africa
  { name: 'SABC' }, // South Africa
  { name: 'eNCA' }, // South Africa
  { name: 'Daily Monitor' }, // Uganda
  { name: 'Jeune Afrique' },
  { name: 'Africanews' },
];

/** Dailies and broadcasters of Latin America and Canada, by country. */
const AMERICAS: WorldOutlet[] = [
  { name: 'Excélsior' }, // Mexico
  { name: 'Televisa' }, // Mexico
  { name: 'TV Azteca' }, // Mexico
  { name: 'El Financiero' }, // Mexico
  { name: 'Clarín', aliases: ['Clarin'] }, // Argentina
  { name: 'La Nación', aliases: ['La Nacion'] }, // Argentina, Costa Rica
  { name: 'Infobae' }, // Argentina
  { name: 'Página/12', aliases: ['Pagina 12', 'Página 12'] }, // Argentina
  { name: 'O Globo', aliases: ['TV Globo', 'Globo'] }, // Brazil
  { name: 'Folha de S.Paulo', aliases: ['Folha de São Paulo', 'Folha de Sao Paulo'] }, // Brazil
  { name: 'Estadão', aliases: ['Estadao', 'O Estado de S. Paulo'] }, // Brazil
  { name: 'El Mercurio' }, // Chile
  { name: 'La Tercera' }, // Chile
  { name: 'El Espectador' }, // Colombia
  { name: 'Caracol Radio', aliases: ['Caracol'] }, // Colombia
  { name: 'El Comercio' }, // Peru, Ecuador
  { name: 'teleSUR', aliases: ['Telesur'] }, // Venezuela
  { name: 'Granma' }, // Cuba
  { name: 'Prensa Libre' }, // Guatemala
  { name: 'CTV News', aliases: ['CTV'] }, // Canada
  { name: 'Global News' }, // Canada
  { name: 'National Post' }, // Canada
  { name: 'Le Devoir' }, // Canada
  { name: 'La Presse' }, // Canada
  { name: 'Radio-Canada' },
  { name: "Maclean's" }, // Canada
];

/** US regional papers whose names carry no masthead word, and US local news sites. */
const US_REGIONAL: WorldOutlet[] = [
  { name: 'Tulsa World' },
  { name: 'Fresno Bee' },
  { name: 'Modesto Bee' },
  { name: 'Mercury News', aliases: ['San Jose Mercury News'] },
  { name: 'Tennessean' },
  { name: 'Star-Ledger' },
  { name: 'Plain Dealer' },
  { name: 'Courier-Journal' },
  { name: 'Times-Picayune' },
  { name: 'Idaho Statesman' },
  { name: 'Austin American-Statesman' },
  { name: 'Fort Worth Star-Telegram', aliases: ['Star-Telegram'] },
  { name: 'Indianapolis Star' },
  { name: 'Honolulu Civil Beat', aliases: ['Civil Beat'] },
  { name: 'SFGate' },
  { name: 'Gothamist' },
  { name: 'Spectrum News' },
];

/** Magazines, websites and podcasts of wide reach, in English. */
const MAGAZINES_SITES_PODCASTS: WorldOutlet[] = [
  { name: 'Pitchfork' },
  { name: 'Stereogum' },
  { name: 'NME' },
  { name: 'Esquire' },
  { name: 'Private Eye' },
  { name: 'The New Republic', aliases: ['New Republic'] },
  { name: "Harper's Magazine" },
  { name: 'Sports Illustrated' },
  { name: 'Yahoo Sports' },
  { name: 'Popular Science' },
  { name: 'Popular Mechanics' },
  { name: 'Smithsonian Magazine' },
  { name: 'Eater' },
  { name: 'Kotaku' },
  { name: 'IGN' },
  { name: 'Deadspin' },
  { name: 'Jalopnik' },
  { name: 'Bellingcat' },
  { name: '404 Media' },
  { name: 'Daily Kos' },
  { name: 'The Daily Wire', aliases: ['Daily Wire'] },
  { name: 'The Federalist' },
  { name: 'Washington Free Beacon', aliases: ['Free Beacon'] },
  { name: 'The Bulwark' },
  { name: 'RealClearPolitics' },
  { name: 'FiveThirtyEight' },
  { name: 'Pod Save America' },
  { name: 'The Joe Rogan Experience' },
  { name: 'Call Her Daddy' },
  { name: 'Song Exploder' },
  { name: 'This American Life' },
  { name: 'Radiolab' },
  { name: 'Freakonomics Radio' },
];

export const WORLD_OUTLETS: WorldOutlet[] = [
  ...NEWS_AGENCIES,
  ...EUROPE,
  ...ASIA_PACIFIC,
  ...MIDDLE_EAST_AFRICA,
  ...AMERICAS,
  ...US_REGIONAL,
  ...MAGAZINES_SITES_PODCASTS,
];
