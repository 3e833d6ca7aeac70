/** News sentences in other languages, as wire copy reads, for the non-English refusal tests. */
export const FOREIGN: Record<string, { name: string; text: string }> = {
  fr: {
    name: 'French',
    text:
      "Le président de la République a annoncé mardi soir une série de mesures pour soutenir le pouvoir d'achat des ménages, a indiqué l'Élysée dans un communiqué. " +
      "Selon le ministère de l'Économie, le coût de ces mesures devrait dépasser 20 milliards d'euros cette année.",
  },
  de: {
    name: 'German',
    text:
      'Die Bundesregierung hat am Mittwoch ein neues Entlastungspaket beschlossen, wie ein Regierungssprecher in Berlin mitteilte. ' +
      'Nach Angaben des Finanzministeriums sollen die Maßnahmen rund 65 Milliarden Euro kosten, die Opposition kritisierte den Plan als unzureichend.',
  },
  es: {
    name: 'Spanish',
    text:
      'El Gobierno aprobó este martes un nuevo paquete de medidas contra la inflación, según informó la portavoz del Ejecutivo en rueda de prensa. ' +
      'El Ministerio de Economía calcula que el coste superará los 9.000 millones de euros y que beneficiará a unos diez millones de hogares.',
  },
  ru: {
    name: 'Russian',
    text:
      'Министерство обороны России заявило во вторник, что войска отразили несколько атак на востоке страны, сообщает агентство ТАСС. ' +
      'По данным ведомства, потери противника составили более ста человек, однако независимо проверить эти сведения не удалось.',
  },
};
