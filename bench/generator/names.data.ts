/**
 * Names per country of origin, most frequent first (the generator draws them with a Zipf-like
 * skew, so the first names of a list are much more common than the last, as in real registries).
 * Spellings are the ones found on documents of people from that country in Italy (French
 * transcription for the Maghreb and West Africa, English for Egypt, Sudan, Pakistan, Bangladesh,
 * Ukrainian passport romanisation…). Weights are rough shares of the people that Italian
 * reception and social services take in charge; they only shape the benchmark data.
 */
import type { permitTypes } from "@approdo/contracts";

export type PermitType = (typeof permitTypes)[number];
export type NativeScript = "Arab" | "Beng" | "Ethi" | "Cyrl" | "Geor";

export interface OriginNames {
  /** ISO 3166-1 alpha-2. */
  country: string;
  weight: number;
  /** ISO 639-3, the first is the primary language. */
  languages: string[];
  /** The script names are written in at home (the original_script names), if not Latin. */
  script: NativeScript | null;
  /** Share of people of this origin whose name in the original script is on record. */
  nativeShare: number;
  male: string[];
  female: string[];
  family: string[];
  /**
   * How children get their family name: "patronymic" = the father's given name (Eritrea,
   * Ethiopia, Somalia, Sudan), "double" = father's first surname + mother's first (Peru).
   */
  familyNaming?: "patronymic" | "double";
  permits: ReadonlyArray<readonly [PermitType, number]>;
}

/** A comma-separated list (one line per source line is easier to read than one name per line). */
function names(list: string): string[] {
  return list
    .split(",")
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}

const ASYLUM: ReadonlyArray<readonly [PermitType, number]> = [
  ["asylum_request", 35],
  ["special_protection", 20],
  ["subsidiary_protection", 15],
  ["refugee_status", 12],
  ["humanitarian", 5],
  ["work", 8],
  ["family", 5],
];
const ECONOMIC: ReadonlyArray<readonly [PermitType, number]> = [
  ["work", 45],
  ["family", 30],
  ["long_term_eu", 15],
  ["asylum_request", 5],
  ["study", 5],
];
const MIXED: ReadonlyArray<readonly [PermitType, number]> = [
  ["asylum_request", 25],
  ["special_protection", 15],
  ["work", 25],
  ["family", 20],
  ["long_term_eu", 10],
  ["subsidiary_protection", 5],
];

export const origins: readonly OriginNames[] = [
  {
    country: "MA",
    weight: 10,
    languages: ["ary", "fra", "ara"],
    script: "Arab",
    nativeShare: 0.3,
    male: names(`
      Mohamed, Youssef, Ahmed, Rachid, Said, Mustapha, Abdelkader, Hicham, Karim, Hassan, Omar,
      Khalid, Abdellah, Noureddine, Younes, Ayoub, Hamza, Abderrahim, Brahim, Driss, Mehdi, Amine,
      Othmane, Zakaria, Ismail, Abdelaziz, Redouane, Aziz, Jamal, Mourad
    `),
    female: names(`
      Fatima, Khadija, Aicha, Naima, Malika, Samira, Zineb, Hafsa, Salma, Meryem, Nadia, Latifa,
      Souad, Imane, Hanane, Asmae, Sanaa, Houda, Loubna, Kaoutar, Fatima Zahra, Rachida, Karima,
      Siham
    `),
    family: names(`
      El Amrani, Benali, Bennani, El Idrissi, Alaoui, Tazi, Berrada, Chraibi, El Fassi, Ouazzani,
      Benjelloun, Lahlou, Bouzid, El Mansouri, Amrani, Ait Ali, Boukhari, Haddad, Zerouali,
      El Khatib, Cherkaoui, Bouazza, Naciri, Rahmouni, El Hajji, Ouali, Belhaj, Ait Brahim,
      Moussaoui, El Ouardi, Ziani, Hamdaoui, Benkirane
    `),
    permits: ECONOMIC,
  },
  {
    country: "EG",
    weight: 7,
    languages: ["arz", "ara"],
    script: "Arab",
    nativeShare: 0.3,
    male: names(`
      Mohamed, Ahmed, Mahmoud, Mostafa, Abdelrahman, Khaled, Amr, Tarek, Hany, Walid, Islam, Karim,
      Ibrahim, Youssef, Hossam, Sherif, Ayman, Hesham, Osama, Mina, Omar, Ali, Hassan, Saeed,
      Yasser, Ashraf
    `),
    female: names(`
      Fatma, Mariam, Nour, Aya, Esraa, Heba, Doaa, Shaimaa, Yasmin, Mona, Rania, Marwa, Sara,
      Amira, Dina, Nada, Hagar, Salma, Asmaa, Eman
    `),
    family: names(`
      Abdelrahman, Hassan, Mohamed, Ibrahim, Mahmoud, Ali, El Sayed, Mostafa, Abdel Aziz, Farouk,
      Gaber, Hamdy, Soliman, Fathy, Ramadan, Shehata, Abdallah, Saad, Youssef, Gamal, Salah,
      Naguib, Awad, Mansour, Khalil, Tawfik, Morsi, Zaki, El Masry, Abdelaal, Ahmed, Osman
    `),
    permits: MIXED,
  },
  {
    country: "TN",
    weight: 8,
    languages: ["aeb", "fra", "ara"],
    script: "Arab",
    nativeShare: 0.25,
    male: names(`
      Mohamed, Ahmed, Ali, Sami, Anis, Bilel, Hamza, Oussama, Aymen, Wassim, Mehdi, Skander, Hatem,
      Nabil, Slim, Walid, Khaled, Fares, Mourad, Hichem, Youssef, Mohamed Ali, Seifeddine,
      Marouane
    `),
    female: names(`
      Amira, Rim, Ines, Syrine, Mariem, Sana, Olfa, Hela, Asma, Nesrine, Yosra, Fatma, Khaoula,
      Emna, Salma, Sonia, Rania, Wafa
    `),
    family: names(`
      Ben Salah, Trabelsi, Ben Ammar, Gharbi, Jebali, Hamdi, Mejri, Ayari, Jlassi, Ben Youssef,
      Bouazizi, Chebbi, Dridi, Hammami, Khelifi, Mansouri, Riahi, Saidi, Sassi, Zouari,
      Ben Hassine, Mabrouk, Ferchichi, Baccouche, Ben Ali, Karoui, Mzoughi, Slimani
    `),
    permits: ASYLUM,
  },
  {
    country: "SD",
    weight: 3,
    languages: ["apd", "ara"],
    script: "Arab",
    nativeShare: 0.35,
    male: names(`
      Mohamed, Ahmed, Osman, Abdelrahman, Hassan, Omer, Mustafa, Abubakar, Yasir, Hamid, Adam,
      Ishag, Abdalla, Musa, Yousif, Ibrahim, Salih, Babiker, Elsadig, Mohamed Ali, Abdelaziz,
      Haroun
    `),
    female: names(`
      Fatima, Amna, Hawa, Mariam, Zainab, Sara, Safia, Khadija, Nafisa, Rasha, Hiba, Samah, Amal,
      Halima
    `),
    family: names(`
      Mohamed, Ahmed, Osman, Abdalla, Elhassan, Babiker, Elamin, Hamid, Adam, Ishag, Abdelrahman,
      Musa, Yousif, Ibrahim, Salih, Elbashir, Abakar, Haroun, Idris, Suleiman, Hassan, Omer
    `),
    familyNaming: "patronymic",
    permits: ASYLUM,
  },
  {
    country: "SY",
    weight: 3,
    languages: ["apc", "ara", "ckb"],
    script: "Arab",
    nativeShare: 0.4,
    male: names(`
      Mohammad, Ahmad, Khaled, Omar, Mahmoud, Ali, Hussein, Abdulrahman, Yaser, Fadi, Rami, Samer,
      Ammar, Bilal, Hamza, Mustafa, Anas, Majd, Tarek, Ibrahim, Abdullah, Yousef
    `),
    female: names(`
      Fatima, Aisha, Rama, Hiba, Lama, Nour, Rasha, Reem, Sana, Dana, Yara, Maryam, Hala, Ghalia,
      Raghad, Alaa, Sawsan, Rasha
    `),
    family: names(`
      Al-Ahmad, Al-Hassan, Al-Ali, Haddad, Khalil, Darwish, Hamdan, Al-Khatib, Al-Hamwi, Al-Halabi,
      Kassem, Sabbagh, Al-Shami, Al-Masri, Nasser, Ibrahim, Mansour, Al-Hussein, Othman, Al-Omar,
      Hamoud, Jaber, Youssef, Abboud, Zidan
    `),
    permits: ASYLUM,
  },
  {
    country: "IQ",
    weight: 2,
    languages: ["acm", "ara", "ckb"],
    script: "Arab",
    nativeShare: 0.35,
    male: names(`
      Mohammed, Ali, Hussein, Ahmed, Mustafa, Hassan, Abbas, Haider, Omar, Karrar, Abdullah, Mahdi,
      Sajjad, Ammar, Yasir, Zaid, Qasim, Jasim, Salam
    `),
    female: names(`
      Zainab, Fatima, Maryam, Noor, Zahraa, Sara, Rusul, Shahad, Duaa, Ruqaya, Huda, Hana
    `),
    family: names(`
      Al-Jabouri, Al-Obaidi, Al-Dulaimi, Al-Tamimi, Al-Saadi, Al-Shammari, Al-Zubaidi, Al-Rubaie,
      Al-Khafaji, Al-Maliki, Al-Kubaisi, Hussein, Abbas, Kadhim, Jawad, Hamid, Salman, Ahmed
    `),
    permits: ASYLUM,
  },
  {
    country: "AF",
    weight: 5,
    languages: ["prs", "pus"],
    script: "Arab",
    nativeShare: 0.35,
    male: names(`
      Mohammad, Ahmad, Ali, Abdul Rahim, Rahmatullah, Hamidullah, Najibullah, Samiullah, Khalid,
      Farid, Jawad, Mustafa, Zabihullah, Habib, Nasir, Sayed, Wali, Omid, Bashir, Jamshid, Sohrab,
      Hamid, Mohammad Nabi, Abdul Karim, Ahmad Shah, Gul Ahmad, Asadullah, Rohullah
    `),
    female: names(`
      Fatima, Zahra, Maryam, Zainab, Shabnam, Nazanin, Farzana, Habiba, Soraya, Nilofar, Marzia,
      Nargis, Roya, Laila, Freshta, Setara, Malalai, Hosna
    `),
    family: names(`
      Ahmadi, Mohammadi, Hakimi, Rahimi, Karimi, Sultani, Noori, Hussaini, Rezaei, Popal, Ahmadzai,
      Stanikzai, Safi, Jalali, Wardak, Hotak, Durrani, Sadat, Nazari, Azizi, Habibi, Haidari,
      Amiri, Samadi, Yousufzai, Mohmand, Barakzai, Qaderi
    `),
    permits: ASYLUM,
  },
  {
    country: "PK",
    weight: 7,
    languages: ["urd", "pnb", "pus"],
    script: "Arab",
    nativeShare: 0.2,
    male: names(`
      Muhammad, Ali, Ahmed, Usman, Bilal, Hamza, Imran, Kashif, Asif, Shahid, Tariq, Zeeshan,
      Faisal, Adnan, Irfan, Waqas, Naveed, Sajid, Rizwan, Umar, Shahzad, Amir, Muhammad Asif,
      Muhammad Imran, Abdul Rehman, Arslan, Muhammad Usman
    `),
    female: names(`
      Ayesha, Fatima, Sana, Hina, Saima, Nazia, Rabia, Sadia, Amina, Iqra, Mehwish, Shazia, Bushra,
      Kiran, Uzma, Zainab
    `),
    family: names(`
      Khan, Ahmed, Ali, Hussain, Shah, Butt, Malik, Iqbal, Akhtar, Qureshi, Chaudhry, Raza, Abbasi,
      Mirza, Javed, Rana, Bhatti, Sheikh, Aslam, Mahmood, Anwar, Baig, Siddiqui, Hassan, Nawaz,
      Rehman, Zafar, Yousaf
    `),
    permits: MIXED,
  },
  {
    country: "BD",
    weight: 9,
    languages: ["ben"],
    script: "Beng",
    nativeShare: 0.3,
    male: names(`
      Md Rafiqul, Mohammad Shahidul, Abdul Karim, Rubel, Sohel, Jahangir, Kamal, Mizanur, Habibur,
      Saiful, Nazrul, Masud, Alamgir, Faruk, Sumon, Shakil, Arif, Monir, Rasel, Shafiqul, Aminul,
      Md Shahin, Mohammad Alamgir, Abdur Rahim, Jamal, Rana, Mamun, Rony
    `),
    female: names(`
      Fatema, Nasrin, Shirin, Rina, Shahnaz, Jesmin, Taslima, Rokeya, Salma, Sumaiya, Tania,
      Sharmin, Nusrat, Marium, Mousumi, Hasina, Sabina, Ruma, Shapla, Lipi
    `),
    family: names(`
      Islam, Rahman, Hossain, Ahmed, Uddin, Alam, Miah, Khan, Chowdhury, Sarkar, Sheikh, Molla,
      Howlader, Talukder, Bhuiyan, Mondal, Biswas, Das, Roy, Haque, Kabir, Karim, Sikder, Akter,
      Begum, Khatun
    `),
    permits: ECONOMIC,
  },
  {
    country: "NG",
    weight: 8,
    languages: ["pcm", "eng", "yor", "ibo", "hau"],
    script: null,
    nativeShare: 0,
    male: names(`
      Chukwuemeka, Emeka, Chinedu, Oluwaseun, Adebayo, Babatunde, Ibrahim, Musa, Abdullahi, Samuel,
      Daniel, Godwin, Friday, Sunday, Peter, John, Emmanuel, Uchenna, Obinna, Ikechukwu, Tunde,
      Yusuf, Aliyu, Osas, Osagie, Efosa, Kingsley, Prince, Victor, Collins
    `),
    female: names(`
      Blessing, Joy, Precious, Favour, Chioma, Ngozi, Adaeze, Funmilayo, Aisha, Esther, Mercy,
      Grace, Gift, Faith, Osaro, Peace, Patience, Glory, Happiness, Success
    `),
    family: names(`
      Okafor, Okonkwo, Eze, Nwosu, Obi, Adeyemi, Ogunleye, Bello, Abubakar, Ibrahim, Mohammed,
      Osagie, Omoregie, Igbinedion, Ehigiator, Osaghae, Edosomwan, Idahosa, Okoro, Uche, Nnamdi,
      Chukwu, Oyelaran, Adewale, Balogun, Okeke, Iwu, Akpan, Etim, Musa, Okon, Ekpo
    `),
    permits: ASYLUM,
  },
  {
    country: "GH",
    weight: 3,
    languages: ["aka", "eng"],
    script: null,
    nativeShare: 0,
    male: names(`
      Kwame, Kofi, Kwabena, Kwaku, Yaw, Kojo, Kwesi, Emmanuel, Isaac, Samuel, Prince, Richard,
      Ibrahim, Abdul, Mohammed, Stephen, Francis, Eric, Daniel
    `),
    female: names(`
      Akosua, Abena, Ama, Adwoa, Afua, Yaa, Akua, Efua, Esi, Gifty, Comfort, Mercy, Patience,
      Abigail
    `),
    family: names(`
      Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Amoah, Addo, Ofori, Acheampong, Darko,
      Opoku, Nkrumah, Danso, Quaye, Tetteh, Yeboah, Adjei, Sarpong, Frimpong, Antwi, Kuffour
    `),
    permits: MIXED,
  },
  {
    country: "SN",
    weight: 5,
    languages: ["wol", "fra"],
    script: null,
    nativeShare: 0,
    male: names(`
      Mamadou, Moussa, Ousmane, Abdoulaye, Ibrahima, Cheikh, Modou, Amadou, Babacar, Aliou,
      Mouhamed, Pape, Saliou, Lamine, Malick, Omar, Serigne, Fallou, Assane, Alioune, Demba, Samba,
      El Hadji, Mouhamadou
    `),
    female: names(`
      Fatou, Aminata, Awa, Mariama, Khady, Aissatou, Ndeye, Coumba, Adama, Astou, Bineta, Dieynaba,
      Rokhaya, Sokhna, Seynabou, Mame Diarra, Ndeye Fatou
    `),
    family: names(`
      Diop, Ndiaye, Fall, Sow, Gueye, Faye, Diallo, Ba, Sarr, Seck, Cisse, Mbaye, Ndour, Diouf,
      Thiam, Kane, Niang, Sy, Wade, Dieng, Toure, Sène, Diagne, Mboup, Samb, Lo, Tall, Camara,
      Mbengue, Sall
    `),
    permits: ECONOMIC,
  },
  {
    country: "GM",
    weight: 4,
    languages: ["mnk", "wol", "eng"],
    script: null,
    nativeShare: 0,
    male: names(`
      Lamin, Ebrima, Modou, Momodou, Alieu, Omar, Ousman, Musa, Bakary, Abdoulie, Pa, Ebou,
      Alhagie, Babucarr, Yusupha, Kebba, Foday, Sulayman, Buba, Sainey
    `),
    female: names(`
      Fatou, Isatou, Mariama, Awa, Haddy, Aminata, Binta, Kaddy, Ndey, Jainaba, Oumie, Sainabou,
      Fatoumata
    `),
    family: names(`
      Jallow, Ceesay, Jobe, Touray, Sowe, Bah, Jammeh, Darboe, Sanneh, Camara, Drammeh, Njie,
      Sillah, Manneh, Bojang, Jatta, Saidy, Fofana, Barry, Colley, Kanteh, Conteh
    `),
    permits: ASYLUM,
  },
  {
    country: "ML",
    weight: 4,
    languages: ["bam", "fra", "snk"],
    script: null,
    nativeShare: 0,
    male: names(`
      Mamadou, Moussa, Seydou, Boubacar, Oumar, Adama, Bakary, Souleymane, Ibrahim, Modibo, Drissa,
      Sékou, Yacouba, Mahamadou, Sidiki, Cheick, Lassana, Abdoulaye, Issa, Amadou
    `),
    female: names(`
      Fatoumata, Aminata, Mariam, Kadiatou, Awa, Oumou, Salimata, Djeneba, Rokia, Assetou, Kadidia,
      Nana, Aïssata, Hawa
    `),
    family: names(`
      Traoré, Diarra, Keïta, Coulibaly, Koné, Touré, Sissoko, Doumbia, Diakité, Camara, Sangaré,
      Dembélé, Cissé, Konaté, Kanté, Maïga, Sidibé, Samaké, Sacko, Diallo, Kouyaté, Bagayoko,
      Fofana, Ballo
    `),
    permits: ASYLUM,
  },
  {
    country: "CI",
    weight: 5,
    languages: ["dyu", "fra"],
    script: null,
    nativeShare: 0,
    male: names(`
      Koffi, Kouassi, Kouadio, Yao, Konan, Ahmed, Moussa, Ibrahim, Seydou, Bakary, Lacina, Adama,
      Drissa, Jean, Serge, Franck, Kevin, Arsène, Didier, Hervé, Souleymane, Mamadou, Jean-Marc
    `),
    female: names(`
      Aya, Affoué, Akissi, Adjoua, Amenan, Amoin, Fatou, Mariam, Awa, Aminata, Salimata,
      Christelle, Estelle, Prisca, Nadège
    `),
    family: names(`
      Kouassi, Koné, Konan, Kouamé, Yao, N'Guessan, Kouadio, Ouattara, Coulibaly, Traoré, Bamba,
      Diabaté, Touré, Koffi, Brou, Aka, Assi, Soro, Fofana, Dosso, Cissé, Yapi, Tanoh, Kra, Zadi
    `),
    permits: ASYLUM,
  },
  {
    country: "GN",
    weight: 4,
    languages: ["fuf", "sus", "fra"],
    script: null,
    nativeShare: 0,
    male: names(`
      Mamadou, Alpha, Ibrahima, Amadou, Ousmane, Abdoulaye, Mohamed, Sekou, Thierno, Alseny,
      Boubacar, Mamadou Saliou, Ismaël, Oumar, Lansana, Fodé, Aboubacar, Mamadou Alpha
    `),
    female: names(`
      Fatoumata, Mariama, Kadiatou, Aissatou, Hadja, Aminata, Fanta, Djenabou, Oumou, Binta, Hawa,
      Nènè, Fatoumata Binta
    `),
    family: names(`
      Diallo, Barry, Bah, Sow, Camara, Condé, Keita, Touré, Sylla, Soumah, Bangoura, Kourouma,
      Cissé, Kaba, Doumbouya, Balde, Conté, Traoré, Sacko, Kanté
    `),
    permits: ASYLUM,
  },
  {
    country: "ER",
    weight: 3,
    languages: ["tir", "ara"],
    script: "Ethi",
    nativeShare: 0.3,
    male: names(`
      Yonas, Samuel, Daniel, Mehari, Filmon, Habtom, Berhane, Kidane, Tekle, Amanuel, Yohannes,
      Mussie, Efrem, Biniam, Robel, Merhawi, Henok, Semere, Awet, Yemane, Haile, Tesfamariam,
      Goitom, Mebrahtu, Natnael, Dawit
    `),
    female: names(`
      Senait, Helen, Saba, Selam, Tsega, Luwam, Yordanos, Ruta, Feven, Hiwet, Lidia, Rahel, Meron,
      Winta, Freweini, Elsa, Mekdes, Mebrat, Almaz, Abeba
    `),
    family: names(`
      Tesfay, Berhe, Ghebremedhin, Tekle, Kidane, Habte, Haile, Gebremariam, Weldemichael, Tsegay,
      Ghebreyesus, Mehari, Andemariam, Abraha, Asfaha, Woldu, Tewelde, Ghebrehiwet, Yohannes,
      Negash, Teklemariam, Kahsay, Fitwi, Habtom, Goitom
    `),
    familyNaming: "patronymic",
    permits: ASYLUM,
  },
  {
    country: "ET",
    weight: 2,
    languages: ["amh", "orm", "tir"],
    script: "Ethi",
    nativeShare: 0.25,
    male: names(`
      Abebe, Dawit, Solomon, Tesfaye, Getachew, Mulugeta, Berhanu, Girma, Alemayehu, Yonas,
      Bereket, Henok, Kebede, Tadesse, Abdi, Mohammed, Ahmed, Biruk, Ermias, Fikru, Tewodros,
      Yohannes
    `),
    female: names(`
      Tigist, Meseret, Hiwot, Selamawit, Almaz, Bethlehem, Mekdes, Tsehay, Aster, Genet, Kidist,
      Marta, Sara, Hanna, Eden, Rahel, Liya, Meron
    `),
    family: names(`
      Tesfaye, Bekele, Kebede, Tadesse, Alemu, Girma, Haile, Mekonnen, Wolde, Getachew, Abebe,
      Assefa, Desta, Gebre, Hailu, Mengistu, Tilahun, Worku, Negash, Ayele, Demissie, Lemma,
      Shiferaw, Yohannes, Mohammed
    `),
    familyNaming: "patronymic",
    permits: ASYLUM,
  },
  {
    country: "SO",
    weight: 2,
    languages: ["som", "ara"],
    script: "Arab",
    nativeShare: 0.1,
    male: names(`
      Mohamed, Abdi, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Abdiaziz,
      Abdikadir, Mahad, Liban, Hamza, Farah, Osman, Said, Khalid, Mukhtar
    `),
    female: names(`
      Fadumo, Hodan, Amina, Halima, Asha, Sahra, Ayaan, Hawa, Ifrah, Khadra, Ubah, Safiya, Fartun,
      Nimco, Hibo, Maryan, Sagal, Deeqa
    `),
    family: names(`
      Mohamed, Ahmed, Ali, Hassan, Abdi, Farah, Omar, Yusuf, Osman, Ismail, Warsame, Jama, Hirsi,
      Aden, Nur, Abdullahi, Mohamud, Said, Dahir, Egal, Guled, Elmi, Hussein, Adan
    `),
    familyNaming: "patronymic",
    permits: ASYLUM,
  },
  {
    country: "UA",
    weight: 8,
    languages: ["ukr", "rus"],
    script: "Cyrl",
    nativeShare: 0.45,
    male: names(`
      Oleksandr, Andrii, Serhii, Volodymyr, Dmytro, Mykola, Oleksii, Ivan, Yurii, Vasyl, Viktor,
      Petro, Bohdan, Taras, Maksym, Artem, Yevhen, Vitalii, Roman, Ihor, Denys, Pavlo
    `),
    female: names(`
      Olena, Nataliia, Tetiana, Iryna, Svitlana, Oksana, Yuliia, Kateryna, Mariia, Liudmyla,
      Halyna, Anna, Nadiia, Larysa, Viktoriia, Olha, Daryna, Sofiia, Anastasiia, Valentyna
    `),
    family: names(`
      Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Boiko, Melnyk, Oliinyk, Koval,
      Shevchuk, Polishchuk, Lysenko, Marchenko, Rudenko, Savchenko, Petrenko, Moroz, Kravets,
      Klymenko, Pavlenko, Ponomarenko, Levchenko, Savchuk, Hrytsenko, Tkachuk, Kovalchuk,
      Vasylenko, Bondar, Zakharchenko, Ostapenko
    `),
    permits: [
      ["temporary_protection", 85],
      ["work", 8],
      ["family", 7],
    ],
  },
  {
    country: "GE",
    weight: 1,
    languages: ["kat", "rus"],
    script: "Geor",
    nativeShare: 0.3,
    male: names(`
      Giorgi, Davit, Levan, Nikoloz, Irakli, Zurab, Lasha, Luka, Beka, Tornike, Gela, Mamuka,
      Sandro, Vakhtang
    `),
    female: names(`
      Nino, Mariam, Tamar, Ana, Eka, Natia, Salome, Tamta, Ketevan, Maia, Nana, Lela, Sopho
    `),
    family: names(`
      Beridze, Kapanadze, Gelashvili, Maisuradze, Giorgadze, Lomidze, Tsiklauri, Bolkvadze,
      Nozadze, Abashidze, Chkheidze, Japaridze, Gogoladze, Khutsishvili, Kiknadze, Mikeladze,
      Shengelia
    `),
    permits: ECONOMIC,
  },
  {
    country: "AL",
    weight: 7,
    languages: ["als", "ita"],
    script: null,
    nativeShare: 0,
    male: names(`
      Arben, Artan, Besnik, Ilir, Gentian, Erion, Klodian, Altin, Dritan, Fatmir, Agron, Blerim,
      Ardit, Endrit, Elvis, Mariglen, Florian, Sokol, Gjergj, Armando
    `),
    female: names(`
      Elona, Anila, Ermira, Mirela, Brunilda, Blerta, Arjola, Entela, Jonida, Klea, Fjorela,
      Denisa, Xhensila, Valbona, Lindita, Mimoza
    `),
    family: names(`
      Hoxha, Shehu, Dervishi, Leka, Prifti, Hysa, Koci, Gjoka, Marku, Kola, Rama, Berisha, Meta,
      Basha, Cela, Duka, Gjoni, Muca, Shkurti, Zeneli, Xhafa, Lika, Bregu, Demiri, Halili
    `),
    permits: ECONOMIC,
  },
  {
    country: "PE",
    weight: 3,
    languages: ["spa", "que"],
    script: null,
    nativeShare: 0,
    male: names(`
      José, Luis, Juan, Carlos, Jorge, Miguel, Jesús, Víctor, César, Edwin, Percy, Roberto,
      Alberto, Julio, Raúl, Fernando, Javier, Hugo, Walter, Eduardo, José Luis, Juan Carlos,
      Luis Alberto
    `),
    female: names(`
      María, Rosa, Carmen, Ana, Luz, Elizabeth, Milagros, Gladys, Sonia, Marisol, Juana, Yolanda,
      Flor, Patricia, Liliana, Karina, Jessica, Ruth, Maribel, María Elena, Rosa María
    `),
    family: names(`
      Quispe, Mamani, Flores, Rodríguez, Sánchez, García, Rojas, Huamán, Chávez, Torres, Ramírez,
      Mendoza, Vásquez, Castillo, Díaz, López, Gutiérrez, Espinoza, Condori, Cruz, Ramos, Silva,
      Paredes, Vargas, Romero, Castro, Ccahuana, Huaman
    `),
    familyNaming: "double",
    permits: ECONOMIC,
  },
];
