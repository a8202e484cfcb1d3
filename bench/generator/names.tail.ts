/**
 * The long tail of names per origin. The lists of names.data.ts are the frequent head; real
 * registries also hold thousands of rarer names, and without them a generated million people
 * has ~30 times too many namesakes (same name, same birth year), which distorts the duplicate
 * matcher's precision and the cost of a name search. The tail is built the way the names are
 * formed: Ukrainian roots + -enko/-chuk…, Eritrean and Ethiopian Gebre-/Wolde-/Tesfa- + a saint
 * or attribute, Somali Abdi- + a divine attribute, Arabic nisbas (El Idrissi, Al-Tamimi),
 * Yoruba and Igbo compounds, Albanian -aj, plus plain lists of frequent surnames.
 */

function words(list: string): string[] {
  return list
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

function cross(prefixes: readonly string[], stems: readonly string[], join = ""): string[] {
  const out: string[] = [];
  for (const p of prefixes) for (const s of stems) out.push(`${p}${join}${s}`);
  return out;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const ARABIC_GIVEN = words(`
  Adel, Amir, Anwar, Ashour, Atef, Ayad, Badawi, Bakr, Barakat, Diab, Eid, Emad, Ezzat, Fahmy, Fawzy,
  Fikry, Galal, Gomaa, Habib, Hafez, Hamed, Hanafy, Helmy, Hosny, Kamel, Lotfy, Maher, Marzouk,
  Metwally, Mokhtar, Nasr, Omran, Qasem, Radwan, Ragab, Ramzy, Rashad, Reda, Rizk, Sabry, Sadek,
  Salem, Samir, Shawky, Sobhy, Taha, Tantawy, Wahba, Yassin, Zaghloul, Jaber, Sharif, Nasser, Fouad,
  Hamdan, Younis, Shaker, Mahdy, Khalifa, Attia, Ibrahim, Salama, Mabrouk, Ghanem, Sultan, Aboud
`);
const ABD_ATTRIBUTES = words(`
  aziz, hamid, karim, malek, hakim, latif, ghani, wahab, moneim, salam, fattah, hadi, majid, nasser,
  razek, rahim, jalil, kader, halim, basset, samad, baki, wahid, rauf, sattar, jabbar, mottaleb
`);
const NISBA_ROOTS = words(`
  Amr, Idris, Alaw, Fass, Mansour, Hajj, Tahir, Kabir, Hassan, Ouard, Yaacoub, Ghazal, Hamd, Jaafar,
  Kadir, Karim, Makhlouf, Naji, Rahman, Sadik, Salem, Tayeb, Wahab, Zahir, Mekk, Andalous, Sous,
  Rif, Tounsi, Saghir, Jazir, Habib, Azzouz, Bakkal, Harrak, Jabr, Khalf, Mejdoub, Omar, Sebti
`);
const LEVANT_ROOTS = words(`
  Halab, Tamim, Shammar, Jabour, Obaid, Dulaim, Saad, Zubaid, Rubai, Khafaj, Kubais, Ansar, Azzaw,
  Bayat, Hashim, Husayn, Jubur, Nasr, Zaid, Hamw, Dimashq, Homs, Idlib, Raqq, Haddad, Hariri, Khatib,
  Masri, Shami, Naqib, Qadir, Rifai, Sabbagh, Sayyad, Taweel, Yasin, Zoubi, Kurd, Najjar, Hallaq
`);
const ARABIC_TAIL = [
  ...ARABIC_GIVEN,
  ...ABD_ATTRIBUTES.map((a) => `Abdel${a}`),
  ...NISBA_ROOTS.map((r) => `El ${r}i`.replace(/ii$/, "i")),
  ...NISBA_ROOTS.map((r) => `Ben ${r}`),
  ...LEVANT_ROOTS.map((r) => `Al-${r}i`.replace(/ii$/, "i")),
  ...ARABIC_GIVEN.map((g) => `Al-${g}`),
];

const UA_ROOTS = words(`
  Koval, Tkach, Kravch, Bondar, Shevch, Melnych, Polishch, Lys, Marcz, Rud, Savch, Petr, Moroz, Klym,
  Pavl, Ponomar, Levch, Hryts, Vasyl, Zakharch, Ostap, Hnat, Demch, Ivan, Yakym, Fedor, Symon, Danyl,
  Kuzm, Stepan, Lytvyn, Sydor, Tymosh, Yurch, Babych, Hord, Kostiuk, Mykhail, Oliin, Prokop, Romanch,
  Semen, Tarasch, Vlas, Yaremch, Zinch, Hrych, Diach, Humen, Kyrych, Maksym, Nazar, Onyshch, Rybach,
  Sav, Shvets, Shkurat, Tereshch, Us, Voloshch
`).map((r) => r.replace("Marcz", "March"));
const UA_TAIL = cross(UA_ROOTS, ["enko", "uk", "yshyn", "ets"]);

const HORN_PREFIXES = words(
  "Gebre, Ghebre, Wolde, Tesfa, Haile, Habte, Zere, Fisseha, Berhane, Kidane, Tekle, Mehari",
);
const HORN_STEMS = words(`
  mariam, michael, selassie, yesus, giorgis, medhin, hiwet, kidan, tsion, egziabher, yohannes, amlak,
  tensae, gabriel, sellasie, mikael, ab, lul
`);
const HORN_TAIL = cross(HORN_PREFIXES, HORN_STEMS);

const SOMALI_TAIL = [
  ...cross(
    ["Abdi", "Abdul"],
    words(
      "qani, wali, salam, rizak, nasir, karim, rashid, fatah, malik, rahim, aziz, kadir, hakim, latif, shakur, fitah, hamid, wahab",
    ),
  ),
  ...words(`
    Warsame, Jama, Hirsi, Aden, Nur, Mohamud, Dahir, Egal, Guled, Elmi, Barre, Samatar, Duale, Mire,
    Gedi, Keynan, Noor, Shire, Abdille, Ahmed, Bashir, Hersi, Isse, Jibril, Kahin, Mahdi, Omar, Roble,
    Sheikh, Yasin, Yusuf, Awale, Bile, Dirie, Farah, Geedi, Hashi, Ismail, Muse, Qalinle, Warfa
  `),
];

const AF_TAIL = [
  ...words(`Ahmad, Mohammad, Rahim, Karim, Aziz, Habib, Amir, Nazar, Samad, Qader, Jalal, Sultan, Noor, Rasul, Sediq, Faiz,
    Hashim, Rahman, Amin, Nabi, Jawad, Sarwar, Naim, Zaman, Wahid, Hakim, Shafiq, Qasim, Sharif, Yusuf`).flatMap(
    (r) => [`${r}i`.replace(/ii$/, "i"), `${r}zai`, `${r}yar`],
  ),
  ...words(`Alokozai, Achakzai, Noorzai, Sherzai, Ghilzai, Shinwari, Kakar, Tarakai, Zadran, Mangal, Niazi,
    Lodin, Momand, Arghandiwal, Qarizada, Nabizada, Haqmal, Hazara, Tajik, Jaghori, Sangari, Hotaki, Naseri`),
];

const PK_TAIL = words(`
  Awan, Gondal, Cheema, Gujjar, Jatt, Rajput, Arain, Khokhar, Warraich, Sandhu, Bajwa, Ghuman, Virk,
  Tarar, Sial, Dogar, Janjua, Kayani, Minhas, Niazi, Qazi, Syed, Hashmi, Gilani, Bukhari, Naqvi,
  Rizvi, Jafri, Zaidi, Ansari, Farooqi, Usmani, Lodhi, Durrani, Afridi, Yousafzai, Khattak, Marwat,
  Bangash, Orakzai, Mughal, Kiani, Satti, Tanoli, Swati, Jadoon, Sabir, Saleem, Shahzad, Sharif,
  Tahir, Waheed, Zahid, Arshad, Ashraf, Bashir, Ghafoor, Hanif, Ijaz, Ishaq, Latif, Majeed, Nadeem,
  Rafiq, Rasheed, Riaz, Sadiq, Shafiq, Shahid, Tufail
`);

const BD_TAIL = words(`
  Mia, Khandaker, Mollah, Pramanik, Shikder, Majumder, Hawlader, Akand, Munshi, Fakir, Mridha, Gazi,
  Bepari, Khondokar, Siddique, Shah, Ali, Hasan, Mahmud, Sultana, Parvin, Nahar, Yasmin, Bhuiya,
  Dewan, Joarder, Kazi, Matubbar, Patwary, Rashid, Sardar, Topader, Zaman, Hoque, Mustafa, Reza,
  Kamal, Jamil, Anwar, Babu, Alam Khan, Rahman Khan, Hossen, Islam Khan, Mahbub, Jahan
`);

const NG_TAIL = [
  ...cross(
    words("Ade, Olu, Ola, Oyin, Ayo, Akin, Ogun, Fola, Bola, Ife, Oye"),
    words("yemi, wale, bayo, tunde, kunle, lade, sanya, seun, tola, labi, dele, femi, tope, nuga, wumi"),
  ),
  ...cross(
    words("Chukwu, Nwa, Obi, Uche, Ike, Eze, Oko, Onye, Ifeanyi, Ama, Nna, Ugo"),
    words("emeka, nna, eze, ma, buike, dike, kwe, du, ka, gwu, chi, nedu, bueze, lor"),
  ),
  ...words(`Aigbe, Ogiemwonyi, Uwaifo, Obaseki, Iyamu, Osayande, Ekhator, Imasuen, Oronsaye, Erhabor,
    Igbinoba, Okunbor, Uyi, Agho, Eweka, Ighodaro, Usman, Sani, Lawal, Danjuma, Garba, Yakubu, Umar, Aminu,
    Bala, Suleiman, Haruna, Ekpenyong, Bassey, Effiong, Udo, Inyang, Okpara, Anyanwu, Ibe, Nwachukwu`),
];

const GH_TAIL = words(`
  Agyei, Amankwah, Ansah, Asamoah, Badu, Bonsu, Donkor, Fosu, Gyamfi, Kyei, Manu, Nyarko, Obeng,
  Oduro, Ofosu, Okyere, Oppong, Osei-Bonsu, Owusu-Ansah, Poku, Sarfo, Takyi, Twum, Wiredu, Yamoah,
  Afriyie, Asiedu, Boakye, Dankwa, Kwarteng, Larbi, Nti, Ampofo, Amponsah, Antwi-Boasiako, Baah,
  Boadu, Dapaah, Duah, Gyasi, Kusi, Marfo, Ntim, Opare, Owiredu, Sakyi, Tawiah, Yirenkyi
`);

const WEST_AFRICA_TAIL: Record<string, string[]> = {
  SN: words(`Badji, Bodian, Cissokho, Coly, Diatta, Diedhiou, Dramé, Gassama, Goudiaby, Kébé, Mané, Manga,
    Mendy, Ndao, Ngom, Pouye, Sagna, Sambou, Sané, Seye, Sonko, Tine, Badiane, Beye, Ciss, Diaw, Dione,
    Gaye, Konté, Ly, Mbodj, Ndong, Niasse, Sakho, Sidibé, Sylla, Thiaw, Wane, Gning, Lam, Ndiongue`),
  GM: words(`Badjie, Cham, Dibba, Faal, Gaye, Jabang, Jadama, Jaiteh, Jaw, Jeng, Joof, Kinteh, Marong, Mbye,
    Saho, Sanyang, Secka, Sonko, Suso, Tamba, Trawally, Dampha, Fatty, Gassama, Janneh, Kujabi, Manjang,
    Nyang, Sarr, Sambou, Bayo, Jobarteh, Touray, Krubally, Baldeh, Jawara`),
  ML: words(`Dicko, Guindo, Kassogué, Koita, Konaré, Mariko, Sanogo, Sow, Tangara, Tounkara, Dolo, Haidara,
    Kané, Niaré, Sogoba, Togo, Berthé, Bouaré, Daou, Fomba, Kamissoko, Macalou, Soumaré, Tall, Tembely,
    Yattara, Diawara, Gakou, Kamaté, Keita, Maiga, Sylla, Théra, Dagnon, Diabaté, Keïta`),
  GN: words(`Baldé, Conté, Diakité, Fofana, Kamano, Koïvogui, Loua, Mara, Oularé, Sangaré, Savané, Sidibé,
    Yansané, Zoumanigui, Haba, Magassouba, Nabé, Sakho, Sano, Soumaoro, Tounkara, Béavogui, Camara,
    Delamou, Guilavogui, Kéita, Lamah, Millimono, Onivogui, Sow, Tolno, Traoré`),
  CI: words(`Adou, Amani, Anoh, Bakayoko, Bla, Boni, Dago, Diomandé, Djè, Ehui, Gnagne, Goli, Guéi, Kacou,
    Kouakou, Koudou, Kouyaté, Loukou, Meité, N'Dri, N'Goran, Sangaré, Sylla, Tiémoko, Yéo, Zoro, Ahoua,
    Akré, Beugré, Dja, Gbané, Kambou, Konaté, Ouédraogo, Sanogo, Silué, Soumahoro, Tra, Yobouet`),
};

const AL_TAIL = [
  ...words(
    "Gjon, Mark, Hoxh, Lek, Berish, Nik, Pep, Gjok, Kol, Ded, Rrap, Derivish, Mus, Brahim, Mal, Pal, Gjergj, Tom, Zef, Prel",
  ).map((r) => `${r.replace("Derivish", "Dervish")}aj`),
  ...words(`Ndoj, Prenga, Tahiri, Bajrami, Rexhepi, Ismaili, Aliu, Hasani, Krasniqi, Gashi, Morina, Shala,
    Bytyqi, Kelmendi, Hyseni, Mustafa, Osmani, Ramadani, Sejdiu, Zeqiri, Mema, Kapllani, Cani, Kurti,
    Ahmeti, Elezi, Haxhiu, Kaci, Laci, Palushi, Qose, Sula, Topalli, Vata, Hoti, Lleshi, Mehmeti, Seferi`),
];

const PE_TAIL = words(`
  Aguilar, Alvarado, Apaza, Ayala, Cabrera, Cáceres, Calderón, Campos, Cárdenas, Carrasco, Castañeda,
  Cervantes, Chambi, Choque, Coaquira, Contreras, Córdova, Cuadros, Delgado, Estrada, Fernández,
  Figueroa, Gómez, González, Guerrero, Gonzales, Herrera, Huanca, Huarcaya, Jiménez, Lazo, León, Luna,
  Medina, Mejía, Miranda, Molina, Montes, Morales, Muñoz, Navarro, Núñez, Ortiz, Pacheco, Palomino,
  Peña, Pérez, Ponce, Quiroz, Reyes, Ríos, Rivera, Salazar, Salas, Sandoval, Soto, Suárez, Tapia,
  Ticona, Valdivia, Vega, Velásquez, Villanueva, Yupanqui, Zapata, Arias, Benites, Bustamante
`);

const GE_TAIL = words(`
  Abuladze, Bakradze, Chanturia, Dolidze, Gabunia, Gogiashvili, Gurgenidze, Jgerenaia, Kakabadze,
  Kharaishvili, Khvedelidze, Kurdiani, Lomtadze, Makharadze, Meskhi, Nadiradze, Papava, Robakidze,
  Sikharulidze, Tabatadze, Tsereteli, Vashakidze, Zhvania, Beradze, Chikovani, Dvali, Gelashvili
`);

/** Rarer family names of an origin (deduplicated, the head list excluded). */
export function familyTail(country: string, head: readonly string[]): string[] {
  const byCountry: Record<string, readonly string[]> = {
    MA: ARABIC_TAIL,
    EG: ARABIC_TAIL,
    TN: ARABIC_TAIL,
    SD: [...ARABIC_TAIL, ...SOMALI_TAIL.slice(0, 30)],
    SY: ARABIC_TAIL,
    IQ: ARABIC_TAIL,
    SO: SOMALI_TAIL,
    AF: AF_TAIL,
    PK: PK_TAIL,
    BD: BD_TAIL,
    NG: NG_TAIL,
    GH: GH_TAIL,
    UA: UA_TAIL,
    AL: AL_TAIL,
    PE: PE_TAIL,
    GE: GE_TAIL,
    ER: HORN_TAIL,
    ET: HORN_TAIL,
    ...WEST_AFRICA_TAIL,
  };
  const skip = new Set(head);
  return [...new Set((byCountry[country] ?? []).map(cap))].filter((n) => !skip.has(n));
}

/** Rarer male given names (the compounds of the Horn of Africa and Somalia, Abdel- names). */
export function maleGivenTail(country: string, head: readonly string[]): string[] {
  const byCountry: Record<string, readonly string[]> = {
    ER: HORN_TAIL,
    ET: HORN_TAIL,
    SO: SOMALI_TAIL.slice(0, 36),
    SD: ABD_ATTRIBUTES.map((a) => `Abdel${a}`),
    EG: [...ABD_ATTRIBUTES.map((a) => `Abdel${a}`), ...ARABIC_GIVEN],
    MA: ABD_ATTRIBUTES.map((a) => `Abdel${a}`),
    NG: NG_TAIL.slice(0, 120),
  };
  const skip = new Set(head);
  return [...new Set((byCountry[country] ?? []).map(cap))].filter((n) => !skip.has(n));
}

/**
 * Share of the family names drawn from the frequent head list; the rest come from the tail.
 * West African and Bangladeshi surnames are few and very frequent, Ukrainian ones very diverse.
 */
export const HEAD_SHARE: Record<string, number> = {
  BD: 0.8,
  SN: 0.65,
  GM: 0.65,
  ML: 0.65,
  GN: 0.65,
  CI: 0.55,
  PK: 0.55,
  UA: 0.25,
};
