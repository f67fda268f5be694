import type { Lexicon } from './compile.js';
import { wants } from './language.js';

/**
 * English (en-US). Text is normalized first: lower case, contractions expanded
 * ("don't" -> "do not", "what's" -> "what is"), punctuation dropped. Phrases match whole words.
 */
export const EN_US: Lexicon = {
  fault_report: [
    [0.92, 'no power', 'power is out', 'power out', 'power went out', 'power is off', 'power went off',
      'power cut', 'lost power', 'lost electricity', 'no electricity', 'electricity is out',
      'electricity is off', 'electricity went out', 'blackout', 'black out', 'lights are out',
      'lights went out', 'without power', 'without electricity', 'power failure', 'breaker tripped',
      'breaker keeps tripping', 'tripped', 'fuse blew', 'blown fuse', 'meter is broken', 'meter broken',
      'meter not working', 'flickering', 'brownout', 'report a fault', 'report an outage',
      'report a power outage', 'report a problem', 'report outage', 'report a power', 'not working',
      'nothing works', 'dead', 'power is down', 'half the house', 'low voltage', 'voltage',
      'have not got power', 'do not have power', 'no lights', 'power keeps going',
      /\b(power|electricity|lights?)\b.{0,20}\b(out|off|gone|down|dead|cut|died|stopped|failed|quit)\b/,
      /\b(not|no|never) (have |got |getting |get )?(any )?(power|electricity)\b/,
      /\b(lights?|power|electricity)\b.{0,15}\bnot (turn|come|switch)(ing)? on\b/,
      /\b(outlets?|sockets?|plugs?)\b.{0,15}\b(not work|dead|no power)/,
      /\bnone of (the |my |our )?(outlets?|sockets?|lights?|plugs?|switches)\b/,
      // "the whole building's been out since this morning", "half my house is out", "our block is blacked out".
      /\b(house|home|place|apartment|unit|flat|building|block|street|floor|neighborhood|area|side|half)\b(?: \w+){0,2} ((is|are|has been|have been|went|was|got) (all )?(out|dark|blacked out|black)|blacked out)\b(?! of\b)/],
    [0.8, 'fault', 'repair', 'fix', 'outage', 'send someone', 'send a technician', 'technician'],
  ],
  outage_query: [
    [0.93, /\b(when|what time|how many hours?)\b.{0,25}\b(back on|back up|restored|come back|comes back|coming back|return|be back|be fixed|be on)\b/,
      // "is the whole zip code down or what, how long is this gonna take".
      /\b(down|out)\b.{0,30}\bhow long\b/,
      /\b(is|are) (there|there any)\b.{0,25}\b(outages?|power cuts?)\b/, 'planned outage', 'scheduled outage',
      'planned outages', 'scheduled outages', 'maintenance outage', 'outage schedule', 'outage map',
      'outage notice', 'outage information', 'outage info', 'any outages', 'restoration time',
      'estimated time', 'how long will', 'how long until', 'how much longer', 'power back on',
      'outage in my area', 'outage in the area', 'outage in my neighborhood', 'area outage',
      'known outage', 'rolling blackout', 'load shedding', 'why is the power out', 'why is there no power',
      'why did the power', 'is the whole area', 'whole neighborhood', 'power interruption',
      'interruption notice', 'will there be', 'going to be cut', 'power cut tomorrow',
      'when will it be', 'what time will', 'planned maintenance', 'status of the outage', 'outage status',
      'eta'],
    [0.95, /\b(why|when|how long|what time)\b.{0,30}\b(power|electricity|outage|lights?)\b/,
      /\b(maintenance|works?|outages?|shutdowns?|interruptions?)\b.{0,15}\b(planned|scheduled)\b/,
      /\b(planned|scheduled)\b.{0,15}\b(maintenance|works?|outages?|shutdowns?|interruptions?)\b/],
  ],
  bill_query: [
    [0.88, 'bill', 'bills', 'billing', 'balance', 'how much do i owe', 'amount due', 'pay my', 'payment',
      'charged', 'charges', 'charge me', 'charged me', 'double charged', 'statement', 'invoice', 'overcharged', 'meter reading', 'usage',  'top up', 'prepaid', 'due date', 'late fee', 'autopay', 'direct debit', 'refund', 'owe',
      'account balance', 'electricity cost', 'how much is my', 'paid', 'pay the', 'deposit'],
    [0.8, 'pay'],
    [0.7, 'kilowatt', 'kwh'],
  ],
  complaint: [
    // How a worker behaved, said without the word complaint.
    [0.88, 'cussed', 'cursed at', 'swore at', 'yelled at', 'shouted at', 'screamed at', 'nasty', 'disrespectful',
      'impolite', 'treated me like'],
    [0.95, 'complain', 'complaint', 'complaining', 'file a complaint', 'lodge a complaint'],
    [0.88, 'rude', 'unacceptable', 'terrible service', 'poor service', 'bad service', 'awful service',
      'horrible service', 'not happy', 'unhappy', 'dissatisfied', 'disgusted', 'fed up', 'ridiculous',
      'nobody came', 'no one came', 'no one has come', 'nobody has come', 'nobody showed up',
      'no one showed up', 'still waiting', 'been waiting', 'hung up on me', 'never called back',
      'nobody called', 'no one called', 'treated badly', 'unprofessional', 'disgrace', 'outrageous',
      'this is a joke', 'worst service', 'not good enough', 'very upset', 'so upset', 'angry about',
      'compensation', 'no response', 'ignored', 'nobody answers'],
    [0.94, /\b(service|staff|crew|technicians?|experience|support)\b.{0,20}\b(terrible|awful|horrible|poor|bad|appalling|disgraceful|rubbish|useless)\b/,
      'angry', 'furious'],
    // "I never called before" is the caller about himself, not nobody calling back.
    [0.94, /\b(nobody|no one|(?<!\b(?:i|we) )never)\b.{0,15}\b(calls?|called|came|come|showed up|responded|answers?|fixed)\b/],
  ],
  report: [
    [0.95, 'stealing electricity', 'steal electricity', 'stealing power', 'steals power',
      'electricity theft', 'power theft', 'tamper', 'tampering', 'tampered', 'illegal connection',
      'illegally connected', 'illegal hookup', 'bypassing the meter', 'bypass the meter', 'bribe',
      'bribery', 'kickback', 'corruption', 'corrupt', 'fraud', 'whistleblow', 'tip off', 'report a crime',
      'report an employee', 'report a worker', 'report your staff', 'report someone', 'report my neighbor',
      'report a neighbor', 'asked for money',
      // Power taken for nothing, and the caller giving the one who takes it away.
      /\b(gets?|getting|got|for) free (electricity|power)\b/, /\bturn (him|her|them) in\b/,
      /\b(messing|tampering|fiddling|interfering|playing) (around )?with (the |a |my |our |their )?meters?\b/,
      // A meter made to read less, by the verbs for it: rigged, jimmied, doctored, rewired.
      /\b(rigg\w*|jimm(?:y|ied|ying)|doctor\w*|rewir\w*|slow\w* down) (up )?(the |a |his |her |their |our |my )?meters?\b/,
      // Power sold on to others (转供电): charging people for the power they take.
      /\bcharg\w* (people|others|tenants|neighbors|neighbours|them|everyone)\b.{0,25}\b(to charge|for (the )?(power|electricity|charging))\b/,
      /\billegal(ly)?\b.{0,20}\b(connections?|hook ?ups?|wiring|lines?|connected|tapping|taps?)\b/, 'demanded money', 'asked me for cash', 'under the table',
      'stealing', 'siphoning', 'hooked into', 'tapping into', 'misconduct', 'extort', 'anonymous tip'],
    [0.95, /\b(asked|demanded|wanted|wants|charged)\b.{0,12}\b(cash|money|bribe|a tip|kickback)\b/],
    [0.45, 'report'],
  ],
  consultation: [
    // When someone answers: the hotline's or the office's hours.
    [0.95, /\b(what time|when) do you (guys )?(open|close)\b/, 'phone hours', 'hours of operation', 'business hours', 'assistance program', 'assistance programs', 'low income',
      /\b(open|answer\w*|pick\w* up|someone|somebody|anyone|staffed)\b.{0,25}\b(all night|overnight|at night|at midnight|24 ?(hours|7)|twenty four (hours|seven)|around the clock|on (weekends|sundays|holidays))\b/],
    // Safety asked as a question (issue 8 item 2: a hazard word in another sense is no danger).
    [0.88, /\bis it (safe|ok|okay) to (use|take a shower|shower|bathe|run|plug|leave|charge)\b/, 'how do i use it safely', 'safety tips', 'safe to use'],
    // Asked short, as chat and ASR write it: "r u open tmrw", "do u guys work on sunday".
    [0.88, /\bare you (guys )?open\b/, /\b(do|does) (you|your office)( guys)? (work|open)\b.{0,12}\b(sundays?|saturdays?|weekends?|holidays?|today|tomorrow|tonight)\b/],
    [0.88, 'tariff', 'tariffs', 'rates', 'rate plan', 'price per', 'cost per', 'time of use', 'peak hours',
      'off peak', 'subsidy', 'subsidies', 'rebate', 'discount', 'policy', 'documents', 'what do i need',
      'opening hours', 'office hours', 'service center', 'service hall', 'app', 'register online',
      'save energy', 'energy saving', 'consult', 'advice', 'tips', 'information about', 'information on',
      'question about', 'enquiry', 'inquiry', 'learn about', 'find out about', 'what are the', 'procedure',
      'process for', 'requirements', 'open on', 'price of electricity', 'per unit', 'per kilowatt',
      // The price family: price, prices, pricing, tiered / tier.
      'pricing', 'price', 'tiered', 'tier'],
    [0.92, /\bhow much (does|is|do) (a|one|per|each)? ?(kilowatt|kwh|unit)/, /\bcost per\b/],
    [0.6, 'how do i', 'how can i', 'how to', 'i have a question', 'ask a question', 'i would like to know',
      'wondering'],
  ],
  new_service: [
    // A charger at home for an electric car, by the names installers use.
    [0.93, 'wall box', 'wallbox', 'home charger', 'level 2 charger', 'level two charger', 'home charging'],
    [0.93, 'new connection', 'new service', 'connect my', 'connect the power', 'connect power', 'hook up',
      'set up power', 'set up electricity', 'start service', 'open an account', 'new account',
      'install a meter', 'new meter', 'meter installation', 'charging station', 'charging point',
      'ev charger', 'electric vehicle', 'car charger', 'solar', 'capacity increase', 'increase capacity',
      'upgrade my supply', 'more capacity', 'transfer the account', 'transfer of ownership',
      'change the name', 'change of name', 'close my account', 'close the account', 'moving in',
      'moving out', 'move in', 'move out', 'temporary supply', 'construction site', 'three phase',
      // Power for a building site until it is done: a temp pole, a temporary hookup.
      /\btemp(orary)? (power )?(poles?|hook ?ups?|power|service|supply|connections?|meters?)\b/,
      /\bnew (house|home|apartment|flat|shop|store|office|building|property|place|premises|business)\b/,
      /\b(power|electricity|service|supply)\b.{0,12}\b(connected|hooked up|set up|installed)\b/,
      /\b(account|service|bill|meter)\b.{0,15}\b(in|into|to|under) (my|our|his|her|their|the new owner) name\b/, 'just moved', 'transfer service', 'start electricity', 'turn on service'],
    [0.93, /\b(increase|upgrade|more|bigger|raise)\b.{0,20}\b(capacity|supply|amperage|load)\b/],
    [0.65, 'apply for', 'application', 'sign up'],
  ],
  agent: [
    [0.95, 'agent', 'operator', 'representative', 'human', 'real person', 'live person', 'customer service',
      'talk to someone', 'speak to someone', 'speak with someone', 'talk to a person', 'speak to a person',
      'talk to somebody', 'speak to somebody', 'not a machine', 'not a robot', 'robot', 'receptionist',
      'rep', 'a person', 'actual person', 'costumer service', /\bget (someone|somebody|a person|a human) on the (line|phone)\b/, 'someone real', 'transfer me', 'put me through', 'staff member',
      /\b(talk|speak)(ing)? (to|with) (a |an )?(machine|robot|computer|bot)\b/,
      /\b(anyone|somebody|someone|a human)\b.{0,12}\b(talk|speak)\b/, /\b(talk|speak) (to|with) (someone|somebody|anyone)\b/,
      /\bconnect me (to|with) (a |an |the )?(person|human|someone|somebody|anyone|anybody|agent|operator|staff)\b/],
  ],
  supervisor: [
    [0.97, 'supervisor', 'manager', 'boss', 'person in charge', 'someone in charge', 'in charge',
      'your superior', 'higher up', 'escalate', 'head of', 'duty officer', 'shift leader', 'team leader',
      'director', 'duty manager', 'more senior', 'someone senior', 'someone higher', 'team lead', 'your lead',
      /\b(someone|somebody|a person) who can (actually )?(make a decision|decide|do something|fix this)\b/],
  ],
  repeat: [
    [0.95, 'repeat', 'say that again', 'say it again', 'come again', 'pardon', 'did not catch',
      'missed that', 'what did you say', 'sorry what', 'once more', 'one more time', 'again please',
      'can not hear', 'could not hear', 'did not hear', 'did not get that', 'slower', 'too fast',
      'what was that', 'what were the options', 'options again', 'say again', 'run that by me',
      'did not understand', 'slow down', 'louder'],
    [0.9, /^(what|sorry|excuse me|pardon me|huh|eh|what now)$/, /\bwhat (are|were) (my |the )?options\b/],
  ],
  goodbye: [
    [0.95, 'talk to you later', 'speak to you later', 'catch you later', 'ttyl'],
    [0.95, /\bhave a (good|nice|great|lovely) (day|evening|night|one|weekend)\b/, 'bye', 'goodbye', 'good bye', 'see you', 'that is all', 'that is it', 'nothing else',
      'i am done', 'hang up', 'have a good', 'take care', 'all done', 'that will be all',
      'no more questions', 'bye bye', 'good night', 'i am all set', 'all set', 'that is everything'],
    [0.55, 'thank you', 'thanks', 'cheers'],
  ],
  language_en: [[0.95, wants('english')]],
  language_zh: [[0.95, wants('mandarin|chinese|putonghua')]],
  language_yue: [[0.95, wants('cantonese|canto')]],
  danger: [[0.85, /\b(?<!no |not |isn't |is not |nothing |zero |without |any )(dangerous|danger|hazard|hazardous|emergency|unsafe)\b/]],
};
