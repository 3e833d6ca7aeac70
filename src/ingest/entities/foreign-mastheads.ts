/**
 * Newspaper words of other languages, which mark an organization NER tags as a news outlet as
 * "Journal" or "Herald" do in English: "The minister told Corriere della Vallata that S", "Tagblatt
 * Zeitung reported that S" (invented names). Only whole words that name nothing but a newspaper or
 * a broadcaster's paper (Japanese "Shimbun" and Korean "Ilbo" are "newspaper" and "daily"); "Mundo", "Tiempo" or "Nacion" also close other names. On PolNeAR train's
 * 840 parses three organization mentions hold one (Stampa, Courrier, Corriere), all newspapers.
 */
export const FOREIGN_MASTHEAD_WORDS = [
  'Zeitung',
  'Pravda',
  'Izvestia',
  'Gazeta',
  'Gazzetta',
  'Corriere',
  'Stampa',
  'Jornada',
  'Jornal',
  'Folha',
  'Diario',
  'Diário',
  'Heraldo',
  'Periódico',
  'Kurier',
  'Courrier',
  'Rundschau',
  'Tageblatt',
  'Dagblad',
  'Nieuwsblad',
  'Vedomosti',
  'Shimbun',
  'Ilbo',
];
