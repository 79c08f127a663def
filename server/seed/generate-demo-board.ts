/*
 * Writes server/seed/demo-board.json: the idea boards of the fictional City of Zhanakala, made from
 * hand-written templates in English, Russian and Kazakh and the city's streets, districts and parks.
 * Deterministic (a seeded generator), so running it again gives the same file:
 *   npx tsx server/seed/generate-demo-board.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import type { BoardDefinition, IdeaDefinition } from '../src/ideas/board.js';

type Lang = 'en' | 'ru' | 'kk';
type Text = Record<Lang, string>;

/** mulberry32: a small seeded generator, enough for demo data. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

interface Place {
  kind: 'street' | 'district' | 'park';
  /** Name, and the name with its preposition / case ending ("on Abai Avenue", "на проспекте Абая", "Абай даңғылында"). */
  name: Text;
  in: Text;
}

const PLACES: Place[] = [
  {
    kind: 'street',
    name: { en: 'Abai Avenue', ru: 'проспект Абая', kk: 'Абай даңғылы' },
    in: { en: 'on Abai Avenue', ru: 'на проспекте Абая', kk: 'Абай даңғылында' },
  },
  {
    kind: 'street',
    name: { en: 'Tole Bi Street', ru: 'улица Толе би', kk: 'Төле би көшесі' },
    in: { en: 'on Tole Bi Street', ru: 'на улице Толе би', kk: 'Төле би көшесінде' },
  },
  {
    kind: 'street',
    name: { en: 'Baitursynov Street', ru: 'улица Байтурсынова', kk: 'Байтұрсынов көшесі' },
    in: { en: 'on Baitursynov Street', ru: 'на улице Байтурсынова', kk: 'Байтұрсынов көшесінде' },
  },
  {
    kind: 'street',
    name: { en: 'the Riverside Embankment', ru: 'Набережная', kk: 'Жағалау' },
    in: { en: 'on the Riverside Embankment', ru: 'на Набережной', kk: 'Жағалауда' },
  },
  {
    kind: 'street',
    name: { en: 'Station Road', ru: 'Вокзальная улица', kk: 'Вокзал көшесі' },
    in: { en: 'on Station Road', ru: 'на Вокзальной улице', kk: 'Вокзал көшесінде' },
  },
  {
    kind: 'street',
    name: { en: 'Zheltoksan Street', ru: 'улица Желтоксан', kk: 'Желтоқсан көшесі' },
    in: { en: 'on Zheltoksan Street', ru: 'на улице Желтоксан', kk: 'Желтоқсан көшесінде' },
  },
  {
    kind: 'street',
    name: { en: 'Kunaev Street', ru: 'улица Кунаева', kk: 'Қонаев көшесі' },
    in: { en: 'on Kunaev Street', ru: 'на улице Кунаева', kk: 'Қонаев көшесінде' },
  },
  {
    kind: 'street',
    name: { en: 'Satpayev Avenue', ru: 'проспект Сатпаева', kk: 'Сәтбаев даңғылы' },
    in: { en: 'on Satpayev Avenue', ru: 'на проспекте Сатпаева', kk: 'Сәтбаев даңғылында' },
  },
  {
    kind: 'district',
    name: { en: 'the Old Town', ru: 'Старый город', kk: 'Ескі қала' },
    in: { en: 'in the Old Town', ru: 'в Старом городе', kk: 'Ескі қалада' },
  },
  {
    kind: 'district',
    name: { en: 'Zhuldyz', ru: 'микрорайон Жулдыз', kk: 'Жұлдыз шағын ауданы' },
    in: { en: 'in Zhuldyz', ru: 'в микрорайоне Жулдыз', kk: 'Жұлдыз шағын ауданында' },
  },
  {
    kind: 'district',
    name: { en: 'Samal', ru: 'микрорайон Самал', kk: 'Самал шағын ауданы' },
    in: { en: 'in Samal', ru: 'в микрорайоне Самал', kk: 'Самал шағын ауданында' },
  },
  {
    kind: 'district',
    name: { en: 'the Railway District', ru: 'Железнодорожный район', kk: 'Теміржол ауданы' },
    in: { en: 'in the Railway District', ru: 'в Железнодорожном районе', kk: 'Теміржол ауданында' },
  },
  {
    kind: 'district',
    name: { en: 'the Northern District', ru: 'Северный район', kk: 'Солтүстік аудан' },
    in: { en: 'in the Northern District', ru: 'в Северном районе', kk: 'Солтүстік ауданда' },
  },
  {
    kind: 'district',
    name: { en: 'Kokzhiek', ru: 'микрорайон Кокжиек', kk: 'Көкжиек шағын ауданы' },
    in: { en: 'in Kokzhiek', ru: 'в микрорайоне Кокжиек', kk: 'Көкжиек шағын ауданында' },
  },
  {
    kind: 'park',
    name: { en: 'Central Park', ru: 'Центральный парк', kk: 'Орталық саябақ' },
    in: { en: 'in Central Park', ru: 'в Центральном парке', kk: 'Орталық саябақта' },
  },
  {
    kind: 'park',
    name: { en: 'Victory Park', ru: 'парк Победы', kk: 'Жеңіс саябағы' },
    in: { en: 'in Victory Park', ru: 'в парке Победы', kk: 'Жеңіс саябағында' },
  },
  {
    kind: 'park',
    name: { en: 'Riverside Park', ru: 'Прибрежный парк', kk: 'Жағалау саябағы' },
    in: { en: 'in Riverside Park', ru: 'в Прибрежном парке', kk: 'Жағалау саябағында' },
  },
  {
    kind: 'park',
    name: { en: 'the Birch Grove', ru: 'Берёзовая роща', kk: 'Қайыңды тоғай' },
    in: { en: 'in the Birch Grove', ru: 'в Берёзовой роще', kk: 'Қайыңды тоғайда' },
  },
  {
    kind: 'park',
    name: { en: 'Friendship Square', ru: 'сквер Дружбы', kk: 'Достық сквері' },
    in: { en: 'in Friendship Square', ru: 'в сквере Дружбы', kk: 'Достық скверінде' },
  },
  {
    kind: 'street',
    name: { en: 'Auezov Street', ru: 'улица Ауэзова', kk: 'Әуезов көшесі' },
    in: { en: 'on Auezov Street', ru: 'на улице Ауэзова', kk: 'Әуезов көшесінде' },
  },
  {
    kind: 'street',
    name: { en: 'Republic Avenue', ru: 'проспект Республики', kk: 'Республика даңғылы' },
    in: { en: 'on Republic Avenue', ru: 'на проспекте Республики', kk: 'Республика даңғылында' },
  },
  {
    kind: 'street',
    name: { en: 'Bukhar Zhyrau Street', ru: 'улица Бухар жырау', kk: 'Бұқар жырау көшесі' },
    in: { en: 'on Bukhar Zhyrau Street', ru: 'на улице Бухар жырау', kk: 'Бұқар жырау көшесінде' },
  },
  {
    kind: 'street',
    name: { en: 'Gogol Street', ru: 'улица Гоголя', kk: 'Гоголь көшесі' },
    in: { en: 'on Gogol Street', ru: 'на улице Гоголя', kk: 'Гоголь көшесінде' },
  },
  {
    kind: 'district',
    name: { en: 'Nurly Zhol', ru: 'микрорайон Нурлы Жол', kk: 'Нұрлы Жол шағын ауданы' },
    in: { en: 'in Nurly Zhol', ru: 'в микрорайоне Нурлы Жол', kk: 'Нұрлы Жол шағын ауданында' },
  },
  {
    kind: 'district',
    name: { en: 'the Eastern District', ru: 'Восточный район', kk: 'Шығыс аудан' },
    in: { en: 'in the Eastern District', ru: 'в Восточном районе', kk: 'Шығыс ауданда' },
  },
  {
    kind: 'park',
    name: { en: 'the Botanical Garden', ru: 'Ботанический сад', kk: 'Ботаникалық бақ' },
    in: { en: 'in the Botanical Garden', ru: 'в Ботаническом саду', kk: 'Ботаникалық бақта' },
  },
];

interface Template {
  category: string;
  kind: Place['kind'] | null;
  title: Text;
  body: Text;
}

/** `{in}` becomes the place with its preposition, `{name}` its name. */
const T = (category: string, kind: Place['kind'] | null, title: Text, body: Text): Template => ({
  category,
  kind,
  title,
  body,
});

const TEMPLATES: Template[] = [
  T(
    'transport',
    'street',
    {
      en: 'Protected bike lane {in}',
      ru: 'Защищённая велодорожка {in}',
      kk: '{in} қорғалған велосипед жолы',
    },
    {
      en: 'Cyclists share the road with buses and lorries here. A kerb-separated lane would make the trip safe for children and older riders.',
      ru: 'Велосипедисты здесь едут вместе с автобусами и грузовиками. Отделённая бордюром полоса сделает дорогу безопасной для детей и пожилых.',
      kk: 'Мұнда велосипедшілер автобустар мен жүк көліктерімен бір жолда жүреді. Жиекпен бөлінген жолақ балалар мен егде адамдар үшін қауіпсіз болар еді.',
    },
  ),
  T(
    'transport',
    'street',
    {
      en: 'Bus shelter with a bench {in}',
      ru: 'Остановка с навесом и скамейкой {in}',
      kk: '{in} орындығы бар аялдама қалқаны',
    },
    {
      en: 'People wait for the bus in the sun and the snow with nowhere to sit. A shelter with a bench and a timetable would help everyone, especially older residents.',
      ru: 'Люди ждут автобус под солнцем и снегом, присесть негде. Навес со скамейкой и расписанием поможет всем, особенно пожилым.',
      kk: 'Адамдар автобусты күн астында да, қар астында да күтеді, отыратын жер жоқ. Орындығы мен кестесі бар қалқан бәріне, әсіресе қарттарға көмектеседі.',
    },
  ),
  T(
    'transport',
    'street',
    {
      en: 'Raised pedestrian crossing {in}',
      ru: 'Приподнятый пешеходный переход {in}',
      kk: '{in} көтерілген жаяу жүргінші өткелі',
    },
    {
      en: 'Cars rarely slow down at this crossing near the school. A raised crossing with good lighting would calm traffic.',
      ru: 'Машины почти не сбавляют скорость на этом переходе у школы. Приподнятый переход с хорошим освещением успокоит движение.',
      kk: 'Мектеп жанындағы бұл өткелде көліктер жылдамдығын сирек азайтады. Жарығы жақсы көтерілген өткел қозғалысты баяулатады.',
    },
  ),
  T(
    'transport',
    'street',
    {
      en: 'Real-time arrival board at the bus stop {in}',
      ru: 'Табло прибытия автобусов на остановке {in}',
      kk: '{in} аялдамада автобустардың келу таблосы',
    },
    {
      en: 'An electronic board showing when the next bus arrives would save people many cold minutes in winter.',
      ru: 'Электронное табло с временем прибытия следующего автобуса сэкономит людям много холодных минут зимой.',
      kk: 'Келесі автобустың келу уақытын көрсететін электрондық табло қыста адамдардың көп уақытын үнемдейді.',
    },
  ),
  T(
    'transport',
    'street',
    { en: 'Bicycle parking racks {in}', ru: 'Велопарковка {in}', kk: '{in} велотұрақ' },
    {
      en: 'There is nowhere to lock a bicycle near the shops. Ten simple steel racks would be enough to start.',
      ru: 'Возле магазинов негде пристегнуть велосипед. Для начала хватит десяти простых стальных стоек.',
      kk: 'Дүкендердің жанында велосипедті бекітетін жер жоқ. Бастау үшін он қарапайым болат тұғыр жеткілікті.',
    },
  ),
  T(
    'transport',
    'district',
    {
      en: 'A night bus route to {name}',
      ru: 'Ночной автобусный маршрут в {name}',
      kk: '{name} бағытында түнгі автобус',
    },
    {
      en: 'The last bus leaves the centre at 22:30. Shift workers and students need at least one route running until 1 a.m.',
      ru: 'Последний автобус уходит из центра в 22:30. Работникам ночных смен и студентам нужен хотя бы один маршрут до часа ночи.',
      kk: 'Соңғы автобус орталықтан 22:30-да кетеді. Түнгі ауысымда істейтіндер мен студенттерге түнгі сағат бірге дейін жүретін кемінде бір бағыт керек.',
    },
  ),
  T(
    'transport',
    'district',
    {
      en: 'More frequent buses to {name} at rush hour',
      ru: 'Чаще автобусы в {name} в часы пик',
      kk: 'Қарбалас уақытта {name} бағытына автобустарды жиілету',
    },
    {
      en: 'In the morning buses come every 25 minutes and are too full to board. Every 10 minutes would match the demand.',
      ru: 'Утром автобусы ходят раз в 25 минут и переполнены. Интервал в 10 минут соответствовал бы спросу.',
      kk: 'Таңертең автобустар 25 минут сайын келеді және толып тұрады. 10 минуттық аралық сұранысқа сай келер еді.',
    },
  ),
  T(
    'roads',
    'street',
    { en: 'Repair the potholes {in}', ru: 'Отремонтировать ямы {in}', kk: '{in} шұңқырларды жөндеу' },
    {
      en: 'After the winter the road is full of deep potholes that damage cars and splash pedestrians. Please patch them before summer.',
      ru: 'После зимы дорога в глубоких ямах, которые портят машины и обрызгивают пешеходов. Просим залатать их до лета.',
      kk: 'Қыстан кейін жол көліктерді бүлдіріп, жаяу жүргіншілерге су шашатын терең шұңқырларға толы. Оларды жазға дейін жамауды сұраймыз.',
    },
  ),
  T(
    'roads',
    'street',
    { en: 'Wider sidewalk {in}', ru: 'Расширить тротуар {in}', kk: '{in} тротуарды кеңейту' },
    {
      en: 'The sidewalk is so narrow that two prams cannot pass each other. Parked cars make it worse.',
      ru: 'Тротуар настолько узкий, что две коляски не могут разъехаться. Припаркованные машины делают только хуже.',
      kk: 'Тротуар тар болғаны сонша, екі балалар арбасы бір-бірінен өте алмайды. Тұрақтағы көліктер жағдайды нашарлатады.',
    },
  ),
  T(
    'roads',
    'street',
    { en: 'Street lights {in}', ru: 'Уличное освещение {in}', kk: '{in} көше жарығы' },
    {
      en: 'Half of the street lights have not worked since autumn. Walking home after dark feels unsafe.',
      ru: 'Половина фонарей не работает с осени. Возвращаться домой в темноте небезопасно.',
      kk: 'Шамдардың жартысы күзден бері жанбайды. Қараңғыда үйге қайту қауіпті.',
    },
  ),
  T(
    'roads',
    'street',
    {
      en: 'Kerb ramps for wheelchairs and prams {in}',
      ru: 'Пандусы на бордюрах для колясок {in}',
      kk: '{in} арбаларға арналған жиек пандустары',
    },
    {
      en: 'High kerbs at every crossing stop wheelchair users and parents with prams. Lowered kerbs cost little.',
      ru: 'Высокие бордюры на каждом переходе мешают людям на колясках и родителям с детскими колясками. Понижение бордюров стоит недорого.',
      kk: 'Әр өткелдегі биік жиектер мүгедектер арбасындағыларға және балалар арбасы бар ата-аналарға кедергі. Жиекті төмендету қымбат емес.',
    },
  ),
  T(
    'roads',
    'street',
    { en: 'Trees along {name}', ru: 'Посадить деревья {in}', kk: '{name} бойына ағаш отырғызу' },
    {
      en: 'In summer the asphalt here gets unbearably hot. A row of elms or maples would give shade within a few years.',
      ru: 'Летом асфальт здесь раскаляется. Ряд вязов или клёнов через несколько лет даст тень.',
      kk: 'Жазда мұндағы асфальт қатты қызады. Қатарлап отырғызылған қарағаш немесе үйеңкі бірнеше жылда көлеңке береді.',
    },
  ),
  T(
    'roads',
    'district',
    { en: 'Fix the drainage {in}', ru: 'Починить ливнёвку {in}', kk: '{in} нөсер су құбырын жөндеу' },
    {
      en: 'After every rain the courtyards flood ankle-deep. The storm drains are blocked and need cleaning.',
      ru: 'После каждого дождя дворы заливает по щиколотку. Ливнёвки забиты и требуют чистки.',
      kk: 'Әр жаңбырдан кейін аулаларды тобыққа дейін су басады. Нөсер су құбырлары бітеліп қалған, тазалау керек.',
    },
  ),
  T(
    'roads',
    'district',
    { en: 'Asphalt the courtyards {in}', ru: 'Заасфальтировать дворы {in}', kk: '{in} ауланы асфальттау' },
    {
      en: 'The courtyards between the blocks are gravel and mud most of the year. Residents are ready to help with the plan.',
      ru: 'Дворы между домами большую часть года — это щебень и грязь. Жители готовы помочь с планом.',
      kk: 'Үйлер арасындағы аулалар жылдың көп бөлігінде қиыршық тас пен балшық. Тұрғындар жоспарға көмектесуге дайын.',
    },
  ),
  T(
    'parks',
    'park',
    { en: 'Drinking fountains {in}', ru: 'Питьевые фонтанчики {in}', kk: '{in} ауызсу бұрқақтары' },
    {
      en: 'Summers are getting hotter and there is no water anywhere in the park. Two or three fountains would help runners, families and older visitors.',
      ru: 'Лето становится жарче, а воды в парке нигде нет. Два-три фонтанчика помогут бегунам, семьям и пожилым посетителям.',
      kk: 'Жаз ыстық болып барады, ал саябақта еш жерде су жоқ. Екі-үш бұрқақ жүгірушілерге, отбасыларға және қарт келушілерге көмектеседі.',
    },
  ),
  T(
    'parks',
    'park',
    { en: 'More benches {in}', ru: 'Больше скамеек {in}', kk: '{in} орындықтарды көбейту' },
    {
      en: 'There are long stretches of path without a single bench. Older people cannot walk the whole loop without a rest.',
      ru: 'На длинных участках дорожек нет ни одной скамейки. Пожилые люди не могут пройти весь круг без отдыха.',
      kk: 'Жолдың ұзақ бөліктерінде бірде-бір орындық жоқ. Қарт адамдар бүкіл айналымды демалмай жүре алмайды.',
    },
  ),
  T(
    'parks',
    'park',
    { en: 'Public toilets {in}', ru: 'Общественный туалет {in}', kk: '{in} қоғамдық дәретхана' },
    {
      en: 'Families with small children leave the park early because there is no toilet. A clean, accessible one is badly needed.',
      ru: 'Семьи с маленькими детьми уходят из парка рано, потому что нет туалета. Нужен чистый и доступный туалет.',
      kk: 'Кішкентай балалары бар отбасылар дәретхана болмағандықтан саябақтан ерте кетеді. Таза әрі қолжетімді дәретхана қажет.',
    },
  ),
  T(
    'parks',
    'park',
    { en: 'Outdoor gym {in}', ru: 'Уличные тренажёры {in}', kk: '{in} ашық аспандағы спорт алаңы' },
    {
      en: 'A small set of outdoor exercise machines would be used every day by runners, pensioners and teenagers.',
      ru: 'Небольшой набор уличных тренажёров каждый день использовали бы бегуны, пенсионеры и подростки.',
      kk: 'Шағын ашық аспан астындағы жаттығу құралдарын жүгірушілер, зейнеткерлер мен жасөспірімдер күн сайын пайдаланар еді.',
    },
  ),
  T(
    'parks',
    'park',
    { en: 'Lighting on the paths {in}', ru: 'Освещение дорожек {in}', kk: '{in} жолдарды жарықтандыру' },
    {
      en: 'From October it is dark by six and the paths are unlit. Low lamps along the main loop would let people walk in the evening.',
      ru: 'С октября в шесть уже темно, а дорожки не освещены. Невысокие фонари вдоль главного круга позволят гулять вечером.',
      kk: 'Қазаннан бастап сағат алтыда қараңғы түседі, жолдар жарықсыз. Негізгі айналым бойындағы аласа шамдар кешке серуендеуге мүмкіндік береді.',
    },
  ),
  T(
    'parks',
    'park',
    { en: 'Dog walking area {in}', ru: 'Площадка для выгула собак {in}', kk: '{in} ит серуендететін алаң' },
    {
      en: 'A fenced area for dogs would keep them off the children’s lawns and give owners a place to meet.',
      ru: 'Огороженная площадка для собак уведёт их с детских газонов и даст хозяевам место для встреч.',
      kk: 'Итке арналған қоршалған алаң оларды балалар көгалынан алшақтатып, иелеріне кездесетін орын береді.',
    },
  ),
  T(
    'parks',
    'park',
    {
      en: 'Replant the trees lost to storms {in}',
      ru: 'Посадить деревья взамен погибших {in}',
      kk: '{in} дауылдан құлаған ағаштардың орнына жаңасын отырғызу',
    },
    {
      en: 'Dozens of old trees fell in last year’s storms and the gaps were never replanted. Native species with drip irrigation would survive.',
      ru: 'В прошлогодние бури упали десятки старых деревьев, и на их месте ничего не посадили. Местные породы с капельным поливом приживутся.',
      kk: 'Өткен жылғы дауылда ондаған кәрі ағаш құлап, орны бос қалды. Тамшылатып суаратын жергілікті түрлер тамыр жаяды.',
    },
  ),
  T(
    'parks',
    'park',
    { en: 'Free Wi-Fi {in}', ru: 'Бесплатный Wi-Fi {in}', kk: '{in} тегін Wi-Fi' },
    {
      en: 'Students would gladly study outdoors in summer if there were a connection near the benches.',
      ru: 'Студенты охотно занимались бы летом на улице, если бы возле скамеек был интернет.',
      kk: 'Орындықтардың жанында байланыс болса, студенттер жазда ашық ауада сабақ оқыр еді.',
    },
  ),
  T(
    'children',
    'district',
    { en: 'New playground {in}', ru: 'Новая детская площадка {in}', kk: '{in} жаңа балалар алаңы' },
    {
      en: 'The only playground here is thirty years old and rusting. Children need a safe one with a soft surface.',
      ru: 'Единственной площадке здесь тридцать лет, она ржавеет. Детям нужна безопасная площадка с мягким покрытием.',
      kk: 'Мұндағы жалғыз алаңға отыз жыл болды, ол тот басқан. Балаларға жұмсақ жабындысы бар қауіпсіз алаң керек.',
    },
  ),
  T(
    'children',
    'district',
    {
      en: 'Football pitch with artificial turf {in}',
      ru: 'Футбольное поле с искусственным газоном {in}',
      kk: '{in} жасанды шөпті футбол алаңы',
    },
    {
      en: 'Teenagers play on a dusty lot between the garages. A small fenced pitch would keep them busy and safe.',
      ru: 'Подростки играют на пыльном пустыре между гаражами. Небольшое огороженное поле займёт их и убережёт.',
      kk: 'Жасөспірімдер гараждар арасындағы шаңды бос жерде ойнайды. Шағын қоршалған алаң оларды әрі қауіпсіз етеді, әрі айналысатын іс береді.',
    },
  ),
  T(
    'children',
    'district',
    { en: 'Safe route to school {in}', ru: 'Безопасный путь в школу {in}', kk: '{in} мектепке қауіпсіз жол' },
    {
      en: 'Children cross two busy roads on their way to school. Crossing guards in the morning and a marked route would help.',
      ru: 'По дороге в школу дети переходят две оживлённые дороги. Помогут регулировщики по утрам и размеченный маршрут.',
      kk: 'Балалар мектепке бара жатып екі қарбалас жолдан өтеді. Таңертеңгі реттеушілер мен белгіленген бағыт көмектеседі.',
    },
  ),
  T(
    'children',
    'district',
    { en: 'Youth club {in}', ru: 'Подростковый клуб {in}', kk: '{in} жасөспірімдер клубы' },
    {
      en: 'There is nowhere for teenagers to go after school. An empty ground floor of a city building could become a club with sports and crafts.',
      ru: 'После школы подросткам некуда пойти. Пустой первый этаж городского здания мог бы стать клубом со спортом и кружками.',
      kk: 'Сабақтан кейін жасөспірімдердің баратын жері жоқ. Қалалық ғимараттың бос бірінші қабаты спорт пен үйірмелері бар клубқа айналуы мүмкін.',
    },
  ),
  T(
    'children',
    'park',
    {
      en: 'Splash pad for children {in}',
      ru: 'Детская площадка с фонтанчиками {in}',
      kk: '{in} балаларға арналған су ойын алаңы',
    },
    {
      en: 'A shallow splash pad would be the favourite place of every child in July and costs less than a pool.',
      ru: 'Неглубокая площадка с фонтанчиками станет любимым местом детей в июле и стоит дешевле бассейна.',
      kk: 'Таяз су ойын алаңы шілдеде әр баланың сүйікті орнына айналады және бассейннен арзан.',
    },
  ),
  T(
    'culture',
    'district',
    {
      en: 'Longer library hours {in}',
      ru: 'Продлить часы работы библиотеки {in}',
      kk: '{in} кітапхананың жұмыс уақытын ұзарту',
    },
    {
      en: 'The branch library closes at 18:00 and is shut on Sundays, exactly when working people could come.',
      ru: 'Районная библиотека закрывается в 18:00 и не работает по воскресеньям — как раз тогда, когда работающие люди могли бы прийти.',
      kk: 'Аудандық кітапхана 18:00-де жабылады, жексенбіде жұмыс істемейді — дәл жұмыс істейтін адамдар келе алатын уақытта.',
    },
  ),
  T(
    'culture',
    'district',
    {
      en: 'Kazakh language club for adults {in}',
      ru: 'Клуб казахского языка для взрослых {in}',
      kk: '{in} ересектерге арналған қазақ тілі клубы',
    },
    {
      en: 'Many residents want to practise Kazakh. A free weekly conversation club at the library would be very popular.',
      ru: 'Многие жители хотят практиковать казахский. Бесплатный еженедельный разговорный клуб в библиотеке был бы очень востребован.',
      kk: 'Көп тұрғын қазақ тілінде сөйлесуді жаттықтырғысы келеді. Кітапханадағы тегін апталық сөйлесу клубы өте сұранысқа ие болар еді.',
    },
  ),
  T(
    'culture',
    'park',
    {
      en: 'Summer open-air cinema {in}',
      ru: 'Летний кинотеатр под открытым небом {in}',
      kk: '{in} жазғы ашық аспан астындағы кинотеатр',
    },
    {
      en: 'Free films on Friday evenings in July and August, with Kazakh and Russian subtitles, would bring neighbours together.',
      ru: 'Бесплатные фильмы по пятницам в июле и августе с казахскими и русскими субтитрами объединят соседей.',
      kk: 'Шілде мен тамыздағы жұма кештері қазақша және орысша субтитрлі тегін фильмдер көршілерді біріктіреді.',
    },
  ),
  T(
    'culture',
    'park',
    {
      en: 'Stage for local musicians {in}',
      ru: 'Сцена для местных музыкантов {in}',
      kk: '{in} жергілікті музыканттарға арналған сахна',
    },
    {
      en: 'A small covered stage would give school bands, dombra players and choirs a place to perform at weekends.',
      ru: 'Небольшая крытая сцена даст школьным ансамблям, домбристам и хорам место для выступлений по выходным.',
      kk: 'Шағын жабық сахна мектеп ансамбльдеріне, домбырашылар мен хорларға демалыс күндері өнер көрсететін орын береді.',
    },
  ),
  T(
    'culture',
    'park',
    {
      en: 'Open-air chess tables {in}',
      ru: 'Шахматные столы под открытым небом {in}',
      kk: '{in} ашық аспан астындағы шахмат үстелдері',
    },
    {
      en: 'Older men already play chess on their knees here. A few stone tables with boards would make their day.',
      ru: 'Пожилые мужчины уже играют здесь в шахматы на коленях. Несколько каменных столов с досками их очень порадуют.',
      kk: 'Қарт кісілер мұнда шахматты тізесіне қойып ойнайды. Тақтасы бар бірнеше тас үстел оларды қатты қуантады.',
    },
  ),
  T(
    'winter',
    'street',
    {
      en: 'Clear the snow from the sidewalk {in} first',
      ru: 'Убирать снег с тротуара {in} в первую очередь',
      kk: '{in} тротуардағы қарды бірінші кезекте тазалау',
    },
    {
      en: 'The road is ploughed by seven but the sidewalk stays buried until noon. People walk on the roadway among the cars.',
      ru: 'Дорогу чистят к семи утра, а тротуар остаётся под снегом до обеда. Люди идут по проезжей части среди машин.',
      kk: 'Жол таңғы жетіге дейін тазаланады, ал тротуар түске дейін қар астында қалады. Адамдар көліктер арасымен жүріп өтеді.',
    },
  ),
  T(
    'winter',
    'street',
    {
      en: 'Sand the icy steps and slopes {in}',
      ru: 'Посыпать ледяные ступени и спуски {in}',
      kk: '{in} мұзды баспалдақтар мен еңістерге құм себу',
    },
    {
      en: 'Every winter people fall on the icy slope near the pharmacy. Regular sanding and a handrail would prevent injuries.',
      ru: 'Каждую зиму люди падают на ледяном спуске у аптеки. Регулярная посыпка и поручень предотвратят травмы.',
      kk: 'Әр қыс дәріхана жанындағы мұзды еңісте адамдар құлайды. Тұрақты құм себу мен тұтқа жарақаттың алдын алады.',
    },
  ),
  T(
    'winter',
    'district',
    { en: 'Ice rink for the winter {in}', ru: 'Зимний каток {in}', kk: '{in} қысқы мұз айдыны' },
    {
      en: 'Flooding the football pitch in December would give children a free rink within walking distance.',
      ru: 'Если залить футбольное поле в декабре, у детей будет бесплатный каток рядом с домом.',
      kk: 'Желтоқсанда футбол алаңына су құйса, балаларға үйге жақын тегін мұз айдыны болады.',
    },
  ),
  T(
    'winter',
    'district',
    {
      en: 'Snow removal from the courtyards {in}',
      ru: 'Вывоз снега из дворов {in}',
      kk: '{in} аулалардан қар шығару',
    },
    {
      en: 'Snow is piled in the courtyards until March and blocks the parking and the playground. It should be taken away after big snowfalls.',
      ru: 'Снег лежит во дворах кучами до марта и перекрывает парковку и площадку. После сильных снегопадов его нужно вывозить.',
      kk: 'Қар аулаларда наурызға дейін үйіліп жатады, тұрақ пен алаңды жауып тастайды. Қалың қардан кейін оны шығару керек.',
    },
  ),
  T(
    'winter',
    'park',
    { en: 'Cross-country ski track {in}', ru: 'Лыжня {in}', kk: '{in} шаңғы жолы' },
    {
      en: 'A groomed ski track around the park would bring families outside all winter. One snowmobile pass after each snowfall is enough.',
      ru: 'Накатанная лыжня вокруг парка выведет семьи на улицу на всю зиму. Достаточно одного прохода снегохода после снегопада.',
      kk: 'Саябақты айнала тапталған шаңғы жолы отбасыларды қыс бойы далаға шығарады. Әр қардан кейін бір рет қар шанасымен өту жеткілікті.',
    },
  ),
  T(
    'winter',
    'park',
    {
      en: 'Sledging hill with a safe run-out {in}',
      ru: 'Горка для санок с безопасным выкатом {in}',
      kk: '{in} қауіпсіз сырғанау алаңы бар шана төбесі',
    },
    {
      en: 'Children already sledge down the slope towards the road. Moving the run-out away from traffic and adding straw bales would make it safe.',
      ru: 'Дети уже катаются с горки в сторону дороги. Если развернуть выкат от проезжей части и поставить тюки соломы, будет безопасно.',
      kk: 'Балалар қазірдің өзінде жолға қарай сырғанайды. Сырғанау бағытын жолдан бұрып, сабан бумаларын қойса, қауіпсіз болады.',
    },
  ),
];

/** City-wide ideas (no place). */
const CITY_TEMPLATES: Template[] = [
  T(
    'transport',
    null,
    {
      en: 'One ticket for buses and trolleybuses',
      ru: 'Единый билет на автобусы и троллейбусы',
      kk: 'Автобус пен троллейбусқа бірыңғай билет',
    },
    {
      en: 'Changing from a bus to a trolleybus means paying twice. A 60-minute transfer ticket would be fairer.',
      ru: 'Пересадка с автобуса на троллейбус — это двойная оплата. Билет с пересадкой на 60 минут был бы справедливее.',
      kk: 'Автобустан троллейбусқа ауысу екі рет төлеу дегенді білдіреді. 60 минуттық ауысу билеті әділетті болар еді.',
    },
  ),
  T(
    'transport',
    null,
    {
      en: 'Bike sharing stations across the city',
      ru: 'Станции велопроката по всему городу',
      kk: 'Қала бойынша велосипед жалға беру бекеттері',
    },
    {
      en: 'A bike sharing scheme with stations at the bus terminals would connect the districts.',
      ru: 'Велопрокат со станциями у автобусных конечных соединил бы районы.',
      kk: 'Автобус соңғы аялдамаларында бекеттері бар велопрокат аудандарды байланыстырар еді.',
    },
  ),
  T(
    'transport',
    null,
    {
      en: 'Free public transport for students',
      ru: 'Бесплатный проезд для студентов',
      kk: 'Студенттерге тегін жол жүру',
    },
    {
      en: 'Students spend a large share of their stipend on bus fares. Free travel during term would help them.',
      ru: 'Студенты тратят значительную часть стипендии на проезд. Бесплатный проезд во время учёбы им поможет.',
      kk: 'Студенттер шәкіртақысының едәуір бөлігін жол ақысына жұмсайды. Оқу кезінде тегін жол жүру көмектеседі.',
    },
  ),
  T(
    'roads',
    null,
    {
      en: 'Report potholes through the city website',
      ru: 'Сообщать о ямах через сайт города',
      kk: 'Шұңқырлар туралы қала сайты арқылы хабарлау',
    },
    {
      en: 'A simple map where residents mark potholes and see when they will be fixed.',
      ru: 'Простая карта, где жители отмечают ямы и видят, когда их отремонтируют.',
      kk: 'Тұрғындар шұңқырларды белгілеп, оларды қашан жөндейтінін көретін қарапайым карта.',
    },
  ),
  T(
    'parks',
    null,
    {
      en: 'Plant a tree for every newborn',
      ru: 'Сажать дерево в честь каждого новорождённого',
      kk: 'Әр жаңа туған нәресте үшін ағаш отырғызу',
    },
    {
      en: 'Families would plant and look after a tree with their child’s name tag every spring.',
      ru: 'Каждой весной семьи сажали бы дерево с табличкой с именем ребёнка и ухаживали бы за ним.',
      kk: 'Әр көктемде отбасылар баланың есімі жазылған ағашты отырғызып, оны күтер еді.',
    },
  ),
  T(
    'parks',
    null,
    {
      en: 'Separate bins for plastic and paper in every park',
      ru: 'Раздельные урны для пластика и бумаги в каждом парке',
      kk: 'Әр саябақта пластик пен қағазға бөлек қоқыс жәшіктері',
    },
    {
      en: 'Most park waste is bottles and paper cups. Separate bins are a simple first step to recycling.',
      ru: 'Большая часть мусора в парках — бутылки и бумажные стаканы. Раздельные урны — простой первый шаг к переработке.',
      kk: 'Саябақтағы қоқыстың көбі бөтелкелер мен қағаз стақандар. Бөлек жәшіктер қайта өңдеуге қарапайым алғашқы қадам.',
    },
  ),
  T(
    'children',
    null,
    {
      en: 'Free summer camps in city schools',
      ru: 'Бесплатные летние лагеря в городских школах',
      kk: 'Қалалық мектептерде тегін жазғы лагерьлер',
    },
    {
      en: 'Working parents have nowhere to leave their children in June. Day camps in school buildings would help.',
      ru: 'Работающим родителям негде оставить детей в июне. Дневные лагеря в школах помогут.',
      kk: 'Жұмыс істейтін ата-аналардың маусымда балаларын қалдыратын жері жоқ. Мектеп ғимараттарындағы күндізгі лагерьлер көмектеседі.',
    },
  ),
  T(
    'culture',
    null,
    {
      en: 'Museum entry free on the first Sunday of the month',
      ru: 'Бесплатный вход в музей в первое воскресенье месяца',
      kk: 'Айдың бірінші жексенбісінде музейге тегін кіру',
    },
    {
      en: 'Free entry once a month would bring families who never visit the city museum.',
      ru: 'Бесплатный вход раз в месяц приведёт семьи, которые никогда не бывали в городском музее.',
      kk: 'Айына бір рет тегін кіру қалалық музейге ешқашан бармаған отбасыларды әкеледі.',
    },
  ),
  T(
    'culture',
    null,
    {
      en: 'E-books and audiobooks in the city library',
      ru: 'Электронные и аудиокниги в городской библиотеке',
      kk: 'Қалалық кітапханада электрондық және аудиокітаптар',
    },
    {
      en: 'Library members should be able to borrow e-books and audiobooks in Kazakh and Russian from home.',
      ru: 'Читатели библиотеки должны иметь возможность брать электронные и аудиокниги на казахском и русском из дома.',
      kk: 'Кітапхана оқырмандары қазақ және орыс тілдеріндегі электрондық және аудиокітаптарды үйден ала алуы керек.',
    },
  ),
  T(
    'culture',
    null,
    {
      en: 'City festival of national games',
      ru: 'Городской фестиваль национальных игр',
      kk: 'Ұлттық ойындардың қалалық фестивалі',
    },
    {
      en: 'Togyzkumalak, asyk atu and kokpar demonstrations on Nauryz would show children the traditional games.',
      ru: 'Тогызкумалак, асык ату и показательный кокпар на Наурыз познакомят детей с традиционными играми.',
      kk: 'Наурызда тоғызқұмалақ, асық ату және көкпар көрсетілімі балаларды дәстүрлі ойындармен таныстырады.',
    },
  ),
  T(
    'winter',
    null,
    {
      en: 'Publish the snow clearing schedule online',
      ru: 'Публиковать график уборки снега в интернете',
      kk: 'Қар тазалау кестесін интернетте жариялау',
    },
    {
      en: 'Residents want to know when their street will be cleared, and drivers when to move their cars.',
      ru: 'Жители хотят знать, когда почистят их улицу, а водители — когда переставить машины.',
      kk: 'Тұрғындар көшесі қашан тазаланатынын, ал жүргізушілер көлігін қашан ауыстыру керегін білгісі келеді.',
    },
  ),
  T(
    'winter',
    null,
    {
      en: 'Heated waiting rooms at the main bus stops',
      ru: 'Отапливаемые павильоны на главных остановках',
      kk: 'Басты аялдамаларда жылытылатын күту бөлмелері',
    },
    {
      en: 'At minus thirty a heated waiting room at the busiest stops can be a matter of health.',
      ru: 'При минус тридцати отапливаемый павильон на самых загруженных остановках — вопрос здоровья.',
      kk: 'Минус отыз градуста ең көп адам жиналатын аялдамалардағы жылы бөлме денсаулық мәселесі болуы мүмкін.',
    },
  ),
];

const FIRST_NAMES = [
  'Aigerim',
  'Nurlan',
  'Dana',
  'Yerlan',
  'Saule',
  'Marat',
  'Aliya',
  'Timur',
  'Gulnara',
  'Arman',
  'Olga',
  'Sergei',
  'Madina',
  'Daulet',
  'Zhanna',
  'Ruslan',
  'Asel',
  'Bauyrzhan',
  'Irina',
  'Askar',
  'Kamila',
  'Yerzhan',
  'Natalya',
  'Dias',
  'Aruzhan',
  'Viktor',
  'Botagoz',
  'Azamat',
  'Elena',
  'Nurzhan',
];
const INITIALS = [
  'A.',
  'B.',
  'D.',
  'Ye.',
  'Zh.',
  'K.',
  'M.',
  'N.',
  'O.',
  'S.',
  'T.',
  'U.',
  'Sh.',
  'I.',
  'R.',
];

const NOW = Date.parse('2026-11-28T18:00:00Z');
const START = Date.parse('2026-03-01T06:00:00Z');
const DAY = 24 * 3600 * 1000;
const STATUS_WEIGHTS: [IdeaDefinition['status'], number][] = [
  ['new', 44],
  ['under_review', 16],
  ['planned', 11],
  ['in_progress', 8],
  ['implemented', 11],
  ['declined', 10],
];

const RESPONSES: Partial<Record<IdeaDefinition['status'], Text>> = {
  planned: {
    en: 'Planned: this is in the 2027 works programme of the Akimat. We will publish the dates in spring.',
    ru: 'Запланировано: включено в программу работ акимата на 2027 год. Сроки опубликуем весной.',
    kk: 'Жоспарланды: әкімдіктің 2027 жылғы жұмыс бағдарламасына енгізілді. Мерзімдерін көктемде жариялаймыз.',
  },
  in_progress: {
    en: 'Work has started. The contractor expects to finish within two months, weather permitting.',
    ru: 'Работы начаты. Подрядчик рассчитывает завершить их за два месяца, если позволит погода.',
    kk: 'Жұмыс басталды. Мердігер ауа райы мүмкіндік берсе, екі айда аяқтауды жоспарлап отыр.',
  },
  implemented: {
    en: 'Done. Thank you to everyone who supported this idea; tell us how it works in practice.',
    ru: 'Сделано. Спасибо всем, кто поддержал идею; расскажите, как это работает на практике.',
    kk: 'Орындалды. Идеяны қолдаған барлығына рақмет; іс жүзінде қалай жұмыс істейтінін айтып беріңіздер.',
  },
  declined: {
    en: 'Declined for now: the site belongs to a private owner, so the city cannot build there. We will look for another place.',
    ru: 'Пока отклонено: участок принадлежит частному владельцу, город не может там строить. Поищем другое место.',
    kk: 'Әзірге қабылданбады: учаске жеке меншік иесіне тиесілі, қала онда құрылыс жүргізе алмайды. Басқа орын іздейміз.',
  },
};

const DEPARTMENTS: Record<string, string> = {
  transport: 'Transport department, Akimat of Zhanakala',
  roads: 'Roads and utilities department, Akimat of Zhanakala',
  parks: 'Parks department, Akimat of Zhanakala',
  children: 'Education and youth department, Akimat of Zhanakala',
  culture: 'Culture department, Akimat of Zhanakala',
  winter: 'City services, Akimat of Zhanakala',
};

function fill(text: Text, place: Place | null): Text {
  const out = {} as Text;
  for (const lang of ['en', 'ru', 'kk'] as const) {
    let value = text[lang];
    if (place) value = value.replace('{in}', place.in[lang]).replace('{name}', place.name[lang]);
    // A Kazakh or Russian title that starts with a place keeps its capital letter.
    out[lang] = value.charAt(0).toUpperCase() + value.slice(1);
  }
  return out;
}

function iso(ms: number): string {
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
}

function translated(
  text: { title: Text; body: Text },
  own: Lang,
  response?: Text,
): IdeaDefinition['translations'] {
  const translations: NonNullable<IdeaDefinition['translations']> = {};
  for (const lang of ['en', 'ru', 'kk'] as const) {
    if (lang === own) continue;
    translations[lang] = { title: text.title[lang], body: text.body[lang] };
    if (response) translations[lang]!.officialResponse = response[lang];
  }
  return translations;
}

function mainBoard(): BoardDefinition {
  const random = generator(20261128);
  const residents = Array.from({ length: 90 }, (_, i) => ({
    id: `zh-resident-${String(i + 1).padStart(3, '0')}`,
    displayName: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${INITIALS[(i * 7) % INITIALS.length]}`,
  }));
  const combos: { template: Template; place: Place | null }[] = [];
  for (const template of TEMPLATES)
    for (const place of PLACES.filter((p) => p.kind === template.kind)) combos.push({ template, place });
  for (const template of CITY_TEMPLATES) combos.push({ template, place: null });
  // A stable shuffle, then a stable subset: not every street needs every idea.
  const shuffled = combos
    .map((combo) => ({ combo, key: random.next() }))
    .sort((a, b) => a.key - b.key)
    .map(({ combo }) => combo)
    .slice(0, 330);

  const ideas: IdeaDefinition[] = [];
  shuffled.forEach(({ template, place }, index) => {
    const id = `zh-idea-${String(index + 1).padStart(3, '0')}`;
    const title = fill(template.title, place);
    const body = fill(template.body, place);
    const own = random.pick<Lang>(['ru', 'ru', 'ru', 'kk', 'kk', 'en', 'en']);
    const createdMs = START + Math.floor(random.next() * (NOW - START - DAY));
    let roll = random.int(1, 100);
    let status: IdeaDefinition['status'] = 'new';
    for (const [candidate, weight] of STATUS_WEIGHTS) {
      if (roll <= weight) {
        status = candidate;
        break;
      }
      roll -= weight;
    }
    // Young ideas are still new; decisions take time.
    if (NOW - createdMs < 20 * DAY) status = 'new';
    const popularity = random.next() ** 3;
    const author = random.pick(residents);
    const idea: IdeaDefinition = {
      id,
      title: title[own],
      body: body[own],
      author,
      category: template.category,
      status,
      commentCount: Math.floor(popularity * 80 * random.next()),
      createdAt: iso(createdMs),
      locale: own,
    };
    // Recent ideas carry real votes with dates (they drive "trending"); older ones imported counts.
    if (NOW - createdMs < 45 * DAY) {
      const voters = random.int(0, Math.floor(5 + popularity * 60));
      idea.voters = Array.from({ length: voters }, (_, v) => ({
        participantId: `zh-voter-${String(((index * 37 + v * 11) % 600) + 1).padStart(3, '0')}`,
        value: 1 as const,
        votedAt: iso(createdMs + random.next() * (NOW - createdMs)),
      })).filter(
        (voter, i, all) => all.findIndex((other) => other.participantId === voter.participantId) === i,
      );
    } else {
      idea.votesUp = Math.floor(popularity * 400) + random.int(0, 6);
    }
    const response = RESPONSES[status];
    const responds = response !== undefined && (status === 'declined' || random.next() < 0.45);
    if (responds) {
      idea.officialResponse = {
        body: response[own],
        respondedAt: iso(createdMs + (NOW - createdMs) * 0.8),
        author: { displayName: DEPARTMENTS[template.category]! },
      };
    }
    idea.translations = translated({ title, body }, own, responds ? response : undefined);
    ideas.push(idea);
  });

  // Moderation states a widget must show: pending ideas, hidden ones, and a duplicate.
  for (const index of [5, 41, 117]) ideas[index]!.pendingModeration = true;
  for (const index of [73, 203]) ideas[index]!.hidden = true;
  const original = ideas.find((idea) => idea.status === 'planned' && idea.category === 'transport')!;
  const origEn = original.locale === 'en' ? original.title : original.translations!.en!.title!;
  ideas.push({
    id: 'zh-idea-331',
    title: `${origEn} — please!`,
    body: 'Same as the other idea, I did not see it before posting. Supporting it here too.',
    author: residents[12]!,
    category: original.category,
    status: 'duplicate',
    duplicateOf: original.id,
    votesUp: 3,
    commentCount: 1,
    createdAt: iso(Date.parse(original.createdAt) + 9 * DAY),
    locale: 'en',
  });
  // A spam report that moderation hid.
  ideas.push({
    id: 'zh-idea-332',
    title: 'Cheap phone repair, call now',
    body: 'Best prices in the city, visit our shop on Station Road.',
    author: { id: 'zh-resident-spam', displayName: 'Phone Master' },
    category: null,
    status: 'new',
    votesUp: 0,
    commentCount: 0,
    createdAt: '2026-11-20T03:12:00Z',
    locale: 'en',
    hidden: true,
  });

  return {
    id: 'zh-ideas',
    title: 'Ideas for Zhanakala',
    description:
      'Suggest how to make Zhanakala a better place to live, and support the ideas you like. The Akimat reviews the best-supported ideas every month and answers here.',
    categories: [
      { id: 'transport', name: 'Public transport and cycling' },
      { id: 'roads', name: 'Streets and sidewalks' },
      { id: 'parks', name: 'Parks and green spaces' },
      { id: 'children', name: 'Children and youth' },
      { id: 'culture', name: 'Libraries and culture' },
      { id: 'winter', name: 'Snow and winter' },
    ],
    statuses: ['new', 'under_review', 'planned', 'in_progress', 'implemented', 'declined', 'duplicate'],
    votingMode: 'up',
    submissionsOpen: true,
    preModeration: false,
    flagHideThreshold: 3,
    url: 'https://zhanakala.example/participate/ideas',
    locale: 'en',
    ideaUrlTemplate: 'https://zhanakala.example/participate/ideas/{id}',
    translations: {
      ru: {
        title: 'Идеи для Жанакалы',
        description:
          'Предлагайте, как сделать Жанакалу удобнее для жизни, и поддерживайте понравившиеся идеи. Акимат каждый месяц рассматривает самые поддержанные идеи и отвечает здесь.',
        categories: {
          transport: 'Общественный транспорт и велосипеды',
          roads: 'Улицы и тротуары',
          parks: 'Парки и скверы',
          children: 'Дети и молодёжь',
          culture: 'Библиотеки и культура',
          winter: 'Снег и зима',
        },
      },
      kk: {
        title: 'Жаңақалаға арналған идеялар',
        description:
          'Жаңақаланы тұруға ыңғайлы ету жолдарын ұсыныңыз және ұнаған идеяларды қолдаңыз. Әкімдік ай сайын ең көп қолдау тапқан идеяларды қарап, осында жауап береді.',
        categories: {
          transport: 'Қоғамдық көлік және велосипед',
          roads: 'Көшелер мен тротуарлар',
          parks: 'Саябақтар мен скверлер',
          children: 'Балалар мен жастар',
          culture: 'Кітапханалар мен мәдениет',
          winter: 'Қар және қыс',
        },
      },
    },
    ideas,
  };
}

const BUDGET_IDEAS: { category: string; title: Text; body: Text }[] = [
  {
    category: 'education',
    title: {
      en: 'Solar panels on school roofs',
      ru: 'Солнечные панели на крышах школ',
      kk: 'Мектеп шатырларында күн панельдері',
    },
    body: {
      en: 'Schools use most electricity in daylight. Panels would pay for themselves in eight years.',
      ru: 'Школы потребляют больше всего электричества днём. Панели окупятся за восемь лет.',
      kk: 'Мектептер электр қуатын күндіз көп тұтынады. Панельдер сегіз жылда өзін ақтайды.',
    },
  },
  {
    category: 'education',
    title: {
      en: 'A second shift of school buses for Kokzhiek',
      ru: 'Вторая смена школьных автобусов для Кокжиека',
      kk: 'Көкжиекке мектеп автобустарының екінші ауысымы',
    },
    body: {
      en: 'Children of the second shift walk home in the dark along the highway.',
      ru: 'Дети второй смены идут домой в темноте вдоль трассы.',
      kk: 'Екінші ауысымдағы балалар қараңғыда тас жол бойымен үйге жаяу қайтады.',
    },
  },
  {
    category: 'education',
    title: {
      en: 'Renovate the sports hall of School No. 12',
      ru: 'Отремонтировать спортзал школы № 12',
      kk: '№ 12 мектептің спорт залын жөндеу',
    },
    body: {
      en: 'The roof leaks and the floor is warped; lessons take place in the corridor.',
      ru: 'Крыша протекает, пол вздулся; уроки проходят в коридоре.',
      kk: 'Шатыры ағады, едені көтеріліп кеткен; сабақ дәлізде өтеді.',
    },
  },
  {
    category: 'environment',
    title: {
      en: 'Electric buses on route 7',
      ru: 'Электробусы на маршруте № 7',
      kk: '№ 7 бағытында электробустар',
    },
    body: {
      en: 'Route 7 runs through the Old Town, where the air is worst in winter.',
      ru: 'Маршрут № 7 проходит через Старый город, где зимой самый грязный воздух.',
      kk: '№ 7 бағыт қыста ауасы ең ластанған Ескі қала арқылы өтеді.',
    },
  },
  {
    category: 'environment',
    title: {
      en: 'Compost site for garden waste',
      ru: 'Площадка компостирования садовых отходов',
      kk: 'Бақ қалдықтарын компосттау алаңы',
    },
    body: {
      en: 'Leaves and branches are burnt every autumn. A city compost site would stop the smoke.',
      ru: 'Каждую осень листья и ветки сжигают. Городская компостная площадка прекратит дым.',
      kk: 'Әр күз жапырақ пен бұтақ өртеледі. Қалалық компост алаңы түтінді тоқтатады.',
    },
  },
  {
    category: 'environment',
    title: {
      en: 'Insulate the walls of old apartment blocks',
      ru: 'Утеплить стены старых многоэтажек',
      kk: 'Ескі көпқабатты үйлердің қабырғаларын жылыту',
    },
    body: {
      en: 'Co-financing insulation would cut heating bills and emissions.',
      ru: 'Софинансирование утепления снизит счета за отопление и выбросы.',
      kk: 'Жылытуды бірлесіп қаржыландыру жылу төлемі мен шығарындыларды азайтады.',
    },
  },
  {
    category: 'transport',
    title: {
      en: 'Widen the bridge over the Zhanakala river',
      ru: 'Расширить мост через реку Жанакала',
      kk: 'Жаңақала өзені арқылы өтетін көпірді кеңейту',
    },
    body: {
      en: 'The two-lane bridge is the main traffic jam of the city every morning.',
      ru: 'Двухполосный мост каждое утро — главная пробка города.',
      kk: 'Екі жолақты көпір күнде таңертең қаладағы басты кептеліс.',
    },
  },
  {
    category: 'transport',
    title: {
      en: 'A multi-storey car park near the bazaar',
      ru: 'Многоуровневая парковка у базара',
      kk: 'Базар жанында көпқабатты тұрақ',
    },
    body: {
      en: 'Cars parked on both sides of the street block the buses at the bazaar.',
      ru: 'Машины, припаркованные с обеих сторон улицы, блокируют автобусы у базара.',
      kk: 'Көшенің екі жағына қойылған көліктер базар маңында автобустарға кедергі келтіреді.',
    },
  },
  {
    category: 'transport',
    title: {
      en: 'Tram line from the station to Samal',
      ru: 'Трамвайная линия от вокзала до Самала',
      kk: 'Вокзалдан Самалға дейін трамвай желісі',
    },
    body: {
      en: 'A long-term investment that would carry more people than any number of buses.',
      ru: 'Долгосрочная инвестиция, которая перевезёт больше людей, чем любое число автобусов.',
      kk: 'Кез келген санды автобустан көп адам тасымалдайтын ұзақ мерзімді инвестиция.',
    },
  },
  {
    category: 'environment',
    title: {
      en: 'Rainwater tanks for watering city trees',
      ru: 'Резервуары дождевой воды для полива деревьев',
      kk: 'Қала ағаштарын суаруға арналған жаңбыр суы резервуарлары',
    },
    body: {
      en: 'Collecting roof water in spring would save drinking water in the dry months.',
      ru: 'Сбор воды с крыш весной сбережёт питьевую воду в засушливые месяцы.',
      kk: 'Көктемде шатырдан су жинау құрғақ айларда ауызсуды үнемдейді.',
    },
  },
  {
    category: 'education',
    title: {
      en: 'Robotics clubs in every district',
      ru: 'Кружки робототехники в каждом районе',
      kk: 'Әр ауданда робототехника үйірмелері',
    },
    body: {
      en: 'Equip one classroom per district with kits and pay two teachers.',
      ru: 'Оснастить по одному классу в районе наборами и оплатить двух преподавателей.',
      kk: 'Әр ауданда бір сыныпты жинақтармен жабдықтап, екі оқытушыға ақы төлеу.',
    },
  },
  {
    category: 'transport',
    title: {
      en: 'Paid parking in the centre to fund buses',
      ru: 'Платная парковка в центре ради автобусов',
      kk: 'Автобустарды қаржыландыру үшін орталықта ақылы тұрақ',
    },
    body: {
      en: 'Revenue from parking meters would go to more frequent bus services.',
      ru: 'Доходы от паркоматов пойдут на более частые автобусы.',
      kk: 'Тұрақ есептегіштерінен түскен табыс автобустарды жиілетуге жұмсалады.',
    },
  },
];

function budgetBoard(): BoardDefinition {
  const random = generator(2027);
  const ideas: IdeaDefinition[] = BUDGET_IDEAS.map((item, index) => {
    const own = random.pick<Lang>(['ru', 'kk', 'en']);
    const created = Date.parse('2026-10-01T08:00:00Z') + index * 3 * DAY + random.int(0, 20) * 3600 * 1000;
    return {
      id: `zh-budget-${String(index + 1).padStart(2, '0')}`,
      title: item.title[own],
      body: item.body[own],
      author: {
        id: `zh-resident-${String(100 + index).padStart(3, '0')}`,
        displayName: `${FIRST_NAMES[(index * 5) % FIRST_NAMES.length]} ${INITIALS[index % INITIALS.length]}`,
      },
      category: item.category,
      status: index === 0 ? 'under_review' : 'new',
      votesUp: random.int(3, 140),
      votesDown: random.int(0, 60),
      commentCount: random.int(0, 25),
      createdAt: iso(created),
      locale: own,
      translations: translated(item, own),
    };
  });
  ideas[10]!.pendingModeration = true;
  return {
    id: 'zh-budget-ideas',
    title: 'Participatory budget 2027',
    description:
      'Ideas for the 2.4 billion tenge the city sets aside for residents’ proposals. Vote for or against; the council takes the 20 best-rated ideas to costing.',
    categories: [
      { id: 'education', name: 'Schools and education' },
      { id: 'environment', name: 'Environment and energy' },
      { id: 'transport', name: 'Transport' },
    ],
    statuses: ['new', 'under_review', 'planned', 'declined'],
    votingMode: 'up_down',
    submissionsOpen: true,
    preModeration: true,
    flagHideThreshold: 5,
    url: 'https://zhanakala.example/participate/budget-2027',
    locale: 'en',
    ideaUrlTemplate: 'https://zhanakala.example/participate/budget-2027/{id}',
    translations: {
      ru: {
        title: 'Бюджет участия 2027',
        description:
          'Идеи на 2,4 млрд тенге, которые город выделяет на предложения жителей. Голосуйте за или против; совет отправит 20 лучших идей на расчёт стоимости.',
        categories: {
          education: 'Школы и образование',
          environment: 'Экология и энергия',
          transport: 'Транспорт',
        },
      },
      kk: {
        title: 'Қатысу бюджеті 2027',
        description:
          'Қала тұрғындардың ұсыныстарына бөлетін 2,4 млрд теңгеге арналған идеялар. Қолдап не қарсы дауыс беріңіз; кеңес ең жоғары бағаланған 20 идеяны құнын есептеуге жібереді.',
        categories: {
          education: 'Мектептер және білім',
          environment: 'Экология және энергия',
          transport: 'Көлік',
        },
      },
    },
    ideas,
  };
}

/** The whole seed file. */
export function demoBoardFile(): { boards: BoardDefinition[] } {
  return { boards: [mainBoard(), budgetBoard()] };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const target = new URL('./demo-board.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(demoBoardFile(), null, 2)}\n`);
  const file = demoBoardFile();
  console.log(
    `Wrote ${file.boards.map((b) => `${b.id}: ${b.ideas.length} ideas`).join(', ')} to ${target.pathname}`,
  );
}
