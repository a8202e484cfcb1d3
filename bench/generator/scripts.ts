/**
 * Names in their original script, for the "original_script" names of the benchmark data and the
 * cross-script duplicates: Arabic script (Arabic, Dari/Pashto, Urdu), Bengali and Ge'ez from
 * small dictionaries of the names in names.data.ts (plus the native forms the app's name families
 * know, through spellingVariants), Ukrainian Cyrillic and Georgian by reverse transliteration of
 * the passport romanisation. A name with any word we cannot write gets no native form.
 */
import { spellingVariants } from "../../apps/server/src/modules/people/matching/index.ts";
import type { NativeScript } from "./names.data.ts";

function dictionary(entries: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries.split(";")) {
    const [latin, native] = entry.split("=").map((s) => s.trim());
    if (!latin || !native) continue;
    for (const key of latin.split("/")) map.set(key.trim().toLowerCase(), native);
  }
  return map;
}

/** Arabic names (Maghreb, Egypt, Sudan, Levant, Iraq, Somalia); keys are lower-case Latin spellings. */
const ARABIC = dictionary(`
  mohamed/mohammed/muhammad/mohammad/mouhamed = محمد; ahmed/ahmad = أحمد;
  youssef/yusuf/yousef/yousif = يوسف; rachid/rashid = رشيد; said/saeed = سعيد;
  mustapha/mustafa/mostafa = مصطفى; abdelkader = عبد القادر; hicham/hesham/hisham = هشام;
  karim = كريم; hassan/hasan = حسن; omar/omer/umar = عمر; khalid/khaled = خالد;
  abdellah/abdallah/abdullah/abdalla/abdullahi = عبد الله; noureddine = نور الدين; younes = يونس;
  ayoub = أيوب; hamza = حمزة; abderrahim = عبد الرحيم; brahim/ibrahim = إبراهيم; driss/idris = إدريس;
  mehdi/mahdi = مهدي; amine/amin = أمين; othmane/osman/othman/usman = عثمان; zakaria = زكريا;
  ismail = إسماعيل; abdelaziz/abdel aziz/abdiaziz = عبد العزيز; redouane = رضوان; aziz = عزيز;
  jamal/gamal = جمال; mourad = مراد; mahmoud/mahmud = محمود; abdelrahman/abdulrahman/abdirahman = عبد الرحمن;
  amr = عمرو; tarek = طارق; hany = هاني; walid = وليد; islam = إسلام; hossam = حسام; sherif = شريف;
  ayman/aymen = أيمن; osama/oussama = أسامة; mina = مينا; ali = علي; yasser/yaser/yasir = ياسر;
  ashraf = أشرف; sami = سامي; anis = أنيس; bilel/bilal = بلال; wassim = وسيم; skander = إسكندر;
  hatem = حاتم; nabil = نبيل; slim = سليم; fares = فارس; hichem = هشام; seifeddine = سيف الدين;
  marouane = مروان; abubakar = أبو بكر; hamid = حميد; adam = آدم; ishag = إسحاق; musa = موسى;
  salih = صالح; babiker = بابكر; elsadig = الصادق; haroun = هارون; hussein = حسين; fadi = فادي;
  rami = رامي; samer = سامر; ammar = عمار; anas = أنس; majd = مجد; tarek = طارق; abbas = عباس;
  haider = حيدر; karrar = كرار; sajjad = سجاد; zaid = زيد; qasim = قاسم; jasim = جاسم; salam = سلام;
  farah = فرح; abdi = عبدي; abdikadir = عبد القادر; mahad = مهد; liban = ليبان; mukhtar = مختار;
  fatima/fatma = فاطمة; khadija = خديجة; aicha/aisha = عائشة; naima = نعيمة; malika = مليكة;
  samira = سميرة; zineb/zainab = زينب; hafsa = حفصة; salma = سلمى; meryem/mariam/maryam/mariem = مريم;
  nadia = نادية; latifa = لطيفة; souad = سعاد; imane/eman = إيمان; hanane = حنان; asmae/asmaa/asma = أسماء;
  sanaa/sana = سناء; houda/huda = هدى; loubna = لبنى; kaoutar = كوثر; fatima zahra = فاطمة الزهراء;
  rachida = رشيدة; karima = كريمة; siham = سهام; nour/noor = نور; aya = آية; esraa = إسراء;
  heba/hiba = هبة; doaa/duaa = دعاء; shaimaa = شيماء; yasmin = ياسمين; mona = منى; rania = رانيا;
  marwa = مروة; sara = سارة; amira = أميرة; dina = دينا; nada = ندى; hagar = هاجر; rim/reem = ريم;
  ines = إيناس; syrine = سيرين; olfa = ألفة; hela = هالة; nesrine = نسرين; yosra = يسرى; khaoula = خولة;
  emna/amna = آمنة; sonia = سونيا; wafa = وفاء; hawa = حواء; safia/safiya = صفية; nafisa = نفيسة;
  rasha = رشا; samah = سماح; amal = أمل; halima = حليمة; rama = راما; lama = لمى; dana = دانة;
  yara = يارا; hala = هالة; ghalia = غالية; raghad = رغد; alaa = آلاء; sawsan = سوسن; zahraa = زهراء;
  rusul = رسل; shahad = شهد; ruqaya = رقية; hana = هناء; amina = أمينة; asha = عائشة;
  el amrani/amrani = العمراني; benali/ben ali = بن علي; bennani = بناني; el idrissi = الإدريسي;
  alaoui = العلوي; tazi = التازي; berrada = برادة; chraibi = الشرايبي; el fassi = الفاسي;
  ouazzani = الوزاني; benjelloun = بنجلون; lahlou = لحلو; bouzid = بوزيد; el mansouri/mansouri = المنصوري;
  ait ali = آيت علي; boukhari = البخاري; haddad = حداد; zerouali = الزروالي; el khatib/al-khatib = الخطيب;
  cherkaoui = الشرقاوي; bouazza = بوعزة; naciri = الناصري; rahmouni = الرحموني; el hajji = الحاجي;
  ouali = الوالي; belhaj = بلحاج; ait brahim = آيت إبراهيم; moussaoui = الموساوي; ziani = الزياني;
  hamdaoui = الحمداوي; benkirane = بنكيران; el sayed = السيد; farouk = فاروق; gaber/jaber = جابر;
  hamdy/hamdi = حمدي; soliman/suleiman = سليمان; fathy = فتحي; ramadan = رمضان; shehata = شحاتة;
  saad = سعد; salah = صلاح; naguib = نجيب; awad = عوض; mansour = منصور; khalil = خليل; tawfik = توفيق;
  morsi = مرسي; zaki = زكي; el masry/al-masri = المصري; abdelaal = عبد العال; ben salah = بن صالح;
  trabelsi = الطرابلسي; ben ammar = بن عمار; gharbi = الغربي; jebali = الجبالي; mejri = الماجري;
  ayari = العياري; jlassi = الجلاصي; ben youssef = بن يوسف; bouazizi = البوعزيزي; chebbi = الشابي;
  dridi = الدريدي; hammami = الحمامي; khelifi = الخليفي; riahi = الرياحي; saidi = السعيدي;
  sassi = الساسي; zouari = الزواري; ben hassine = بن حسين; mabrouk = مبروك; ferchichi = الفرشيشي;
  karoui = القروي; slimani = السليماني; elhassan = الحسن; elamin = الأمين; elbashir = البشير;
  abakar = أبكر; al-ahmad = الأحمد; al-hassan = الحسن; al-ali = العلي; darwish = درويش; hamdan = حمدان;
  al-hamwi = الحموي; al-halabi = الحلبي; kassem = قاسم; sabbagh = الصباغ; al-shami = الشامي;
  nasser = ناصر; al-hussein = الحسين; al-omar = العمر; hamoud = حمود; abboud = عبود; zidan = زيدان;
  al-jabouri = الجبوري; al-obaidi = العبيدي; al-dulaimi = الدليمي; al-tamimi = التميمي;
  al-saadi = السعدي; al-shammari = الشمري; al-zubaidi = الزبيدي; al-rubaie = الربيعي;
  al-khafaji = الخفاجي; al-maliki = المالكي; al-kubaisi = الكبيسي; kadhim = كاظم; jawad = جواد;
  salman = سلمان; warsame = ورسمه; jama = جامع; nur = نور; dahir = ظاهر; mohamud = محمود; aden/adan = عدن;
  mohamed ali = محمد علي
`);

/** Dari, Pashto and Urdu spellings (Persian letters ی ک گ پ چ), tried before the Arabic ones. */
const PERSIAN = dictionary(`
  mohammad/muhammad = محمد; ahmad/ahmed = احمد; ali = علی; rahmatullah = رحمت‌الله; hamidullah = حمیدالله;
  najibullah = نجیب‌الله; samiullah = سمیع‌الله; khalid = خالد; farid = فرید; jawad = جواد;
  mustafa = مصطفی; zabihullah = ذبیح‌الله; habib = حبیب; nasir = نصیر; sayed = سید; wali = ولی;
  omid = امید; bashir = بشیر; jamshid = جمشید; sohrab = سهراب; hamid = حمید; abdul rahim = عبدالرحیم;
  abdul karim = عبدالکریم; mohammad nabi = محمد نبی; asadullah = اسدالله; rohullah = روح‌الله;
  fatima = فاطمه; zahra = زهرا; maryam = مریم; zainab = زینب; shabnam = شبنم; nazanin = نازنین;
  farzana = فرزانه; habiba = حبیبه; soraya = ثریا; nilofar = نیلوفر; marzia = مرضیه; nargis = نرگس;
  roya = رویا; laila = لیلا; setara = ستاره; hosna = حسنی;
  ahmadi = احمدی; mohammadi = محمدی; hakimi = حکیمی; rahimi = رحیمی; karimi = کریمی; sultani = سلطانی;
  noori = نوری; hussaini = حسینی; rezaei = رضایی; popal = پوپل; ahmadzai = احمدزی; stanikzai =ستانکزی;
  safi = صافی; jalali = جلالی; wardak = وردک; hotak = هوتک; durrani = درانی; sadat = سادات;
  nazari = نظری; azizi = عزیزی; habibi = حبیبی; haidari = حیدری; amiri = امیری; samadi = صمدی;
  yousufzai = یوسفزی; mohmand = مومند; barakzai = بارکزی; qaderi = قادری;
  usman = عثمان; bilal = بلال; imran = عمران; kashif = کاشف; asif = آصف; tariq = طارق; faisal = فیصل;
  adnan = عدنان; irfan = عرفان; waqas = وقاص; naveed = نوید; sajid = ساجد; rizwan = رضوان; umar = عمر;
  amir = امیر; arslan = ارسلان; abdul rehman = عبدالرحمان; muhammad asif = محمد آصف;
  muhammad imran = محمد عمران; muhammad usman = محمد عثمان; ayesha = عائشہ; sana = ثنا; hina = حنا;
  saima = صائمہ; nazia = نازیہ; rabia = رابعہ; sadia = سعدیہ; amina = آمنہ; iqra = اقرا;
  bushra = بشریٰ; kiran = کرن; uzma = عظمیٰ; khan = خان; hussain = حسین; shah = شاہ; butt = بٹ;
  malik = ملک; iqbal = اقبال; akhtar = اختر; qureshi = قریشی; chaudhry = چودھری; raza = رضا;
  abbasi = عباسی; mirza = مرزا; javed = جاوید; rana = رانا; bhatti = بھٹی; sheikh = شیخ; aslam = اسلم;
  mahmood = محمود; anwar = انور; baig = بیگ; siddiqui = صدیقی; hassan = حسن; nawaz = نواز;
  rehman = رحمان; zafar = ظفر; yousaf = یوسف
`);

const BENGALI = dictionary(`
  md = মোঃ; mohammad = মোহাম্মদ; rafiqul = রফিকুল; shahidul = শহিদুল; abdul = আব্দুল; karim = করিম;
  rubel = রুবেল; sohel = সোহেল; jahangir = জাহাঙ্গীর; kamal = কামাল; mizanur = মিজানুর;
  habibur = হাবিবুর; saiful = সাইফুল; nazrul = নজরুল; masud = মাসুদ; alamgir = আলমগীর; faruk = ফারুক;
  sumon = সুমন; shakil = শাকিল; arif = আরিফ; monir = মনির; rasel = রাসেল; shafiqul = শফিকুল;
  aminul = আমিনুল; shahin = শাহীন; abdur = আব্দুর; rahim = রহিম; jamal = জামাল; rana = রানা;
  mamun = মামুন; rony = রনি; fatema = ফাতেমা; nasrin = নাসরিন; shirin = শিরিন; rina = রিনা;
  shahnaz = শাহনাজ; jesmin = জেসমিন; taslima = তাসলিমা; rokeya = রোকেয়া; salma = সালমা;
  sumaiya = সুমাইয়া; tania = তানিয়া; sharmin = শারমিন; nusrat = নুসরাত; marium = মরিয়ম;
  mousumi = মৌসুমী; hasina = হাসিনা; sabina = সাবিনা; ruma = রুমা; shapla = শাপলা; lipi = লিপি;
  islam = ইসলাম; rahman = রহমান; hossain = হোসেন; ahmed = আহমেদ; uddin = উদ্দিন; alam = আলম;
  miah = মিয়া; khan = খান; chowdhury = চৌধুরী; sarkar = সরকার; sheikh = শেখ; molla = মোল্লা;
  howlader = হাওলাদার; talukder = তালুকদার; bhuiyan = ভূঁইয়া; mondal = মন্ডল; biswas = বিশ্বাস;
  das = দাস; roy = রায়; haque = হক; kabir = কবির; sikder = সিকদার; akter = আক্তার; begum = বেগম;
  khatun = খাতুন
`);

/** Tigrinya and Amharic spellings in Ge'ez. */
const ETHIOPIC = dictionary(`
  yonas = ዮናስ; samuel = ሳሙኤል; daniel = ዳንኤል; mehari = መሓሪ; filmon = ፊልሞን; habtom = ሃብቶም;
  berhane = ብርሃነ; kidane = ኪዳነ; tekle = ተኽለ; amanuel = ኣማኑኤል; yohannes = ዮሃንስ; mussie = ሙሴ;
  efrem = ኤፍሬም; biniam = ቢንያም; robel = ሮቤል; merhawi = መርሃዊ; henok = ሄኖክ; semere = ሰመረ;
  awet = ዓወት; yemane = የማነ; haile = ሃይለ; tesfamariam = ተስፋማርያም; goitom = ጎይቶም;
  mebrahtu = መብራህቱ; natnael = ናትናኤል; dawit = ዳዊት; senait = ሰናይት; helen = ሄለን; saba = ሳባ;
  selam = ሰላም; tsega = ጸጋ; luwam = ሉዋም; yordanos = ዮርዳኖስ; ruta = ሩታ; feven = ፌቨን; hiwet = ሕይወት;
  lidia = ሊድያ; rahel = ራሄል; meron = ሜሮን; winta = ዊንታ; freweini = ፍረወይኒ; elsa = ኤልሳ;
  mekdes = መቅደስ; mebrat = መብራት; almaz = ኣልማዝ; abeba = ኣበባ; tesfay = ተስፋይ; berhe = በርሀ;
  ghebremedhin = ገብረመድህን; habte = ሃብተ; gebremariam = ገብረማርያም; weldemichael = ወልደሚካኤል;
  tsegay = ጸጋይ; ghebreyesus = ገብረየሱስ; abraha = ኣብርሃ; asfaha = ኣስፋሃ; woldu = ወልዱ;
  tewelde = ተወልደ; ghebrehiwet = ገብረሕይወት; negash = ነጋሽ; teklemariam = ተኽለማርያም; kahsay = ካሕሳይ;
  fitwi = ፍትዊ; abebe = አበበ; solomon = ሰሎሞን; tesfaye = ተስፋዬ; getachew = ጌታቸው; mulugeta = ሙሉጌታ;
  berhanu = ብርሃኑ; girma = ግርማ; alemayehu = አለማየሁ; bereket = በረከት; kebede = ከበደ; tadesse = ታደሰ;
  abdi = አብዲ; mohammed = መሐመድ; ahmed = አሕመድ; biruk = ብሩክ; ermias = ኤርምያስ; fikru = ፍቅሩ;
  tewodros = ቴዎድሮስ; tigist = ትዕግስት; meseret = መሰረት; hiwot = ሕይወት; selamawit = ሰላማዊት;
  bethlehem = ቤተልሔም; tsehay = ፀሐይ; aster = አስቴር; genet = ገነት; kidist = ቅድስት; marta = ማርታ;
  sara = ሳራ; hanna = ሐና; eden = ኤደን; liya = ሊያ; bekele = በቀለ; alemu = አለሙ; mekonnen = መኮንን;
  wolde = ወልዴ; assefa = አሰፋ; desta = ደስታ; gebre = ገብሬ; hailu = ኃይሉ; mengistu = መንግሥቱ;
  tilahun = ጥላሁን; worku = ወርቁ; ayele = አየለ; demissie = ደምሴ; lemma = ለማ; shiferaw = ሽፈራው
`);

const SCRIPT_TEST: Record<NativeScript, RegExp> = {
  Arab: /\p{Script=Arabic}/u,
  Beng: /\p{Script=Bengali}/u,
  Ethi: /\p{Script=Ethiopic}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Geor: /\p{Script=Georgian}/u,
};

// ---- Ukrainian: the passport romanisation (KMU 2010) read backwards --------------------------

const UK_START: ReadonlyArray<readonly [string, string]> = [
  ["ye", "є"],
  ["yi", "ї"],
  ["yu", "ю"],
  ["ya", "я"],
];
const UK_DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ["shch", "щ"],
  ["zgh", "зг"],
  ["iia", "ія"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["ii", "ій"],
  ["ia", "я"],
  ["iu", "ю"],
  ["ie", "є"],
];
const UK_LETTERS: Record<string, string> = {
  a: "а",
  b: "б",
  v: "в",
  h: "г",
  g: "ґ",
  d: "д",
  e: "е",
  z: "з",
  y: "и",
  i: "і",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  f: "ф",
  x: "кс",
};
const VOWEL = /[aeiouy]/;

function ukrainianWord(word: string): string | null {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return null;
  let out = "";
  let i = 0;
  for (const [latin, cyr] of UK_START) {
    if (w.startsWith(latin)) {
      out = cyr;
      i = latin.length;
      break;
    }
  }
  while (i < w.length) {
    const rest = w.slice(i);
    // A vowel followed by "i" and a consonant is й (Boiko = Бойко).
    if (rest[0] === "i" && i > 0 && VOWEL.test(w[i - 1] ?? "") && !VOWEL.test(rest[1] ?? "a")) {
      out += "й";
      i += 1;
      continue;
    }
    const digraph = UK_DIGRAPHS.find(([latin]) => rest.startsWith(latin) && (latin !== "ia" || i > 0));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const ch = rest[0] ?? "";
    // The soft sign is lost in romanisation: l before a consonant or at the end is ль (Мельник, Коваль).
    if (ch === "l" && (i === w.length - 1 || !VOWEL.test(rest[1] ?? ""))) {
      out += "ль";
      i += 1;
      continue;
    }
    const letter = UK_LETTERS[ch];
    if (letter === undefined) return null;
    out += letter;
    i += 1;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

// ---- Georgian: Mkhedruli has no capitals and one letter per sound ----------------------------

const KA_DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ["kh", "ხ"],
  ["gh", "ღ"],
  ["zh", "ჟ"],
  ["sh", "შ"],
  ["ch", "ჩ"],
  ["ts", "ც"],
  ["dz", "ძ"],
  ["ph", "ფ"],
];
const KA_LETTERS: Record<string, string> = {
  a: "ა",
  b: "ბ",
  g: "გ",
  d: "დ",
  e: "ე",
  v: "ვ",
  z: "ზ",
  t: "თ",
  i: "ი",
  k: "კ",
  l: "ლ",
  m: "მ",
  n: "ნ",
  o: "ო",
  p: "პ",
  r: "რ",
  s: "ს",
  u: "უ",
  f: "ფ",
  q: "ყ",
  j: "ჯ",
  h: "ჰ",
};

function georgianWord(word: string): string | null {
  const w = word.toLowerCase();
  let out = "";
  let i = 0;
  while (i < w.length) {
    const rest = w.slice(i);
    const digraph = KA_DIGRAPHS.find(([latin]) => rest.startsWith(latin));
    if (digraph) {
      out += digraph[1];
      i += 2;
      continue;
    }
    const letter = KA_LETTERS[rest[0] ?? ""];
    if (letter === undefined) return null;
    out += letter;
    i += 1;
  }
  return out;
}

/** Ukrainian Cyrillic of a name romanised as on a Ukrainian passport ("Oleksandr" → "Олександр"). */
export function toUkrainianCyrillic(name: string): string | null {
  const words = name.split(/\s+/).map(ukrainianWord);
  return words.every((w) => w !== null) ? words.join(" ") : null;
}

function fromDictionary(name: string, dictionaries: readonly Map<string, string>[]): string | null {
  const key = name.toLowerCase().normalize("NFC");
  for (const dict of dictionaries) {
    const whole = dict.get(key);
    if (whole) return whole;
  }
  const words = key.split(/\s+/);
  if (words.length < 2) return null;
  const out: string[] = [];
  for (const word of words) {
    const native = dictionaries.map((d) => d.get(word)).find((v) => v !== undefined);
    if (!native) return null;
    out.push(native);
  }
  return out.join(" ");
}

const cache = new Map<string, string | null>();

/**
 * One name part ("Mohamed", "Ben Salah", "Shevchenko") in `script`, or null when unknown. For
 * Afghanistan and Pakistan the Persian/Urdu letters are preferred (`persian`).
 */
export function nativeName(name: string, script: NativeScript, persian = false): string | null {
  const key = `${script}:${persian ? 1 : 0}:${name}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let out: string | null = null;
  if (script === "Cyrl") out = toUkrainianCyrillic(name);
  else if (script === "Geor") {
    const words = name.split(/\s+/).map(georgianWord);
    out = words.every((w) => w !== null) ? words.join(" ") : null;
  } else {
    const dictionaries =
      script === "Arab"
        ? persian
          ? [PERSIAN, ARABIC]
          : [ARABIC]
        : script === "Beng"
          ? [BENGALI]
          : [ETHIOPIC];
    out = fromDictionary(name, dictionaries);
    // The app's name families know the native forms of the most frequent names (محمد, মোহাম্মদ…).
    out ??=
      spellingVariants(name, { scripts: true, max: 40 }).find((v) => SCRIPT_TEST[script].test(v)) ?? null;
  }
  cache.set(key, out);
  return out;
}
