/**
 * Data of the labelled evaluation (evaluation.test.ts): spelling families of given and family
 * names as found on documents, look-alike different names, and hand-labelled pairs.
 */

/** Spellings of one name as found on documents, Latin and original script. */
export const GIVEN: string[][] = [
  ["Mohamed", "Mohammed", "Muhammad", "Mohammad", "Mouhamed", "محمد", "মোহাম্মদ"],
  ["Ahmed", "Ahmad", "أحمد"],
  ["Youssef", "Yusuf", "Yousef", "Youssouf", "يوسف"],
  ["Ibrahim", "Ebrahim", "Brahim", "إبراهيم"],
  ["Abdelrahman", "Abd al-Rahman", "Abdul Rahman", "Abderrahmane", "عبد الرحمن"],
  ["Abdullah", "Abdallah", "Abdulla", "عبد الله"],
  ["Hussein", "Husain", "Hossain", "حسين"],
  ["Hassan", "Hasan", "حسن"],
  ["Omar", "Umar", "عمر"],
  ["Mustafa", "Moustapha", "Mostafa", "مصطفى"],
  ["Khaled", "Khalid", "خالد"],
  ["Mahmoud", "Mahmud", "محمود"],
  ["Amina", "Aminah", "أمينة"],
  ["Fatima", "Fatma", "فاطمة"],
  ["Aisha", "Aicha", "عائشة"],
  ["Mariam", "Maryam", "مريم"],
  ["Yonas", "ዮናስ"],
  ["Senait", "Senayt", "ሰናይት"],
  ["Oleksandr", "Olexandr", "Олександр"],
  ["Mykola", "Микола"],
  ["Olena", "Олена"],
  ["Rashid", "Rachid", "رشيد"],
  ["Walid", "Oualid", "Waleed", "وليد"],
  ["Ousmane", "Usman", "Osman", "عثمان"],
  ["Mamadou", "Mamadu"],
  ["Fatoumata", "Fatumata"],
  ["Chukwuemeka"],
  ["Giorgi", "გიორგი"],
];

export const FAMILY: string[][] = [
  ["Ali", "Aly", "علي"],
  ["Hassan", "Hasan", "حسن"],
  ["Ibrahim", "Ebrahim", "إبراهيم"],
  ["Diallo", "Dialo"],
  ["Traoré", "Traore"],
  ["Shevchenko", "Шевченко", "Chevchenko"],
  ["Kovalenko", "Коваленко"],
  ["Tesfay", "Tesfai", "Tesfaye", "ተስፋይ"],
  ["Gebremedhin", "Ghebremedhin", "ገብረመድህን"],
  ["Rahman", "Rahmane", "রহমান"],
  ["Hossain", "Hussain", "হোসেন"],
  ["El Sayed", "Elsayed", "Al-Sayed", "السيد"],
  ["Ben Ali", "Benali", "Bin Ali", "بن علي"],
  ["Nour Eldin", "Noureddine", "Nur al-Din", "نور الدين"],
  ["Khan", "خان"],
  ["Chowdhury", "Choudhury"],
  ["Okafor"],
  ["Mensah", "Mensa"],
  ["Abdelkader", "Abdel Kader", "Abd al-Qadir", "عبد القادر"],
  ["Bah", "Ba"],
  ["Kidane", "Kidan", "ኪዳነ"],
  ["Beridze", "ბერიძე"],
];

/** Different names that look alike once vowels are gone. */
export const CONFUSABLE: Array<[string, string]> = [
  ["Mohamed", "Mahmoud"],
  ["Hassan", "Hussein"],
  ["Amin", "Amina"],
  ["Iman", "Ayman"],
  ["Jamal", "Jamil"],
  ["Said", "Saad"],
  ["Karim", "Karima"],
  ["Ahmed", "Hamid"],
];

/**
 * Hand-written pairs in conventions the generated data does not cover (West African, Horn of
 * Africa, Afghan, Bangladeshi, Ukrainian/Russian), same birth year: [a, b, same person?].
 */
export const HAND_LABELLED: Array<[string, string, boolean]> = [
  ["Abdoulaye|Diallo", "Abdoulaye|Dialo", true],
  ["Seydou|Keita", "Seidu|Keita", true],
  ["Lamine|Camara", "Lamin|Kamara", true],
  ["Kadiatou|Bah", "Kadiatu|Ba", true],
  ["Gebreegziabher|Tsegay", "Gebregziabher|Tsegaye", true],
  ["Weldemichael|Habtom", "Wolde Mikael|Habtom", true],
  ["Md. Shahidul|Islam", "Mohammad Shahidul|Islam", true],
  ["Oleksii|Bondarenko", "Aleksei|Bondarenko", true],
  ["Serhii|Melnyk", "Sergey|Melnik", true],
  ["Yuliia|Tkachenko", "Yulia|Tkachenko", true],
  ["Mohammad Nabi|Ahmadzai", "Mohammadnabi|Ahmadzay", true],
  ["Abdul Karim|Sesay", "Abdoul Karim|Sessay", true],
  ["Fatoumata|Binta", "Fatumata|Bintou", true],
  ["Mariama|Sow", "Mariama|Sao", true],
  ["Ibrahim|Sheriff", "Ibrahim|Cherif", true],
  ["Nasrallah|Haddad", "Nasrullah|Hadad", true],
  ["Zainab|Ibrahim", "Zeinab|Ebrahim", true],
  ["Mohammed|Abdi", "Mohamed|Abdi Farah", true],
  ["Samuel|Tekle", "Samwel|Teklay", true],
  ["Efrem|Berhe", "Ephrem|Berhe", true],
  ["Wafa|Jaber", "Wafaa|Gaber", true],
  ["Abdoulaye|Diallo", "Abdullahi|Jallow", true], // Gambian spellings of both: a known miss
  ["Ahmed|Diallo", "Mamadou|Diallo", false],
  ["Abdoulaye|Diallo", "Abdourahmane|Diallo", false],
  ["Abdelkader|Benali", "Abdelkrim|Benali", false],
  ["Oleksandr|Kovalenko", "Oleksandra|Kovalenko", false],
  ["Mohamed|Traore", "Mamadou|Traore", false],
  ["Ali|Hassan", "Ali|Hussein", false],
  ["Yonas|Tesfay", "Yohannes|Tesfay", false], // Jonah and John: a known false match
  ["Karim|Mansour", "Karima|Mansour", false],
];
