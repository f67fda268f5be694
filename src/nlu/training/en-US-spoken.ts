import type { TrainingData } from './types.js';

/**
 * English as callers say and type it (issue 9 item 6): US speech as ASR writes it (no punctuation,
 * "gonna", "kinda"), non-native English (articles and tenses dropped, "already finish", "got no
 * light"), chat shorthand ("pls", "asap", "rn", "idk"). Written for the model, apart from every
 * evaluation set.
 */
export const TRAINING_EN_US_SPOKEN: TrainingData = {
  fault_report: [
    '{smth|something} wrong with my {breaker|power} it keeps {going off|cutting out}',
    '{the electric|power} gone out again {smh|ugh}',
    'yeah so {my lights|the lights} just went out like {ten minutes ago|right now}',
    'power gone {since morning|from morning} {in my house|my flat} pls {check|help}',
    'my house {got no light|no have power} {already two hour|since lunch}',
    '{hey|hi} {no power|power out} at my place rn',
    'half the outlets {in the kitchen|in my room} {quit|stopped} working {the rest are fine|everything else ok}',
    'breaker {keeps tripping|trips every time} {i turn on the ac|we use the microwave}',
    'the meter {screen is blank|display went dead} and nothing in the house works',
    'my unit is the only one {dark|without power} {neighbors got lights|rest of the floor is fine}',
    '{lights|the lights} {keep flickering|go dim then bright} {all evening|every night}',
    'we lost power {after the storm|when the wind picked up} {send somebody|can u send someone}',
  ],
  danger: [
    'the {power pole|pole} {out front|by the bus stop} is {cracked|split|leaning way over} {gonna fall|about to go}',
    '{a line|the wire} is {down|lying} in the {puddle|water} and {its buzzing|it keeps sparking}',
    'the {transformer|box on the pole} {is making|makes} a loud {buzzing|humming} {and smoking|and popping}',
    '{my son|somebody} got {shocked|zapped} {touching|by} the {fence|railing} {pls hurry|send help}',
    'the outlet {sparked|went pop} and now {it smells burnt|theres black marks}',
    '{water is coming|rain leaking} {into|on} the {breaker panel|meter box} {is that dangerous|what do i do}',
  ],
  outage_query: [
    'when {is|will} the power {gonna be|be} back {on|up}',
    '{is there|any} {outage|power cut} in my area {right now|today}',
    'how long {this|the} blackout gonna {last|take}',
    'was {this|the outage} planned {maintenance|work} or what',
    '{why|how come} {the power|power} went off {all of a sudden|for no reason}',
    'when you guys {gonna fix|fixing} the power {on my street|in my neighborhood}',
    'any {scheduled|planned} shutoff {this week|tomorrow} {for my block|around here}',
  ],
  bill_query: [
    'can i pay {by card|with my credit card|on the app} {for my electric|for the power bill|}',
    'why u {charge me|took} so much {this month|for electric}',
    'meter {spinning|running} {super fast|too fast} {bill gonna be huge|idk why}',
    '{pls|can u} tell me {how much i owe|my balance} {rn|asap}',
    'i paid {already|yesterday} but {still say|it still shows} i owe',
    'my {electric|power} bill {is crazy high|way too much} this month {why|whats going on}',
    'how much i {owe|still owe} on my {electric|power} account',
    '{did|do} you {get|receive} my payment {already|yet} for the {electricity|power} bill',
    '{pls|please} check my {electric|power} bill {i think|pretty sure} its wrong',
    'my usage {shows|says} {way more|double} kwh than {normal|last month}',
    'balance on my {account|power account} {pls|please}',
  ],
  complaint: [
    'i wanna {file|make} a complaint {about your tech|about the guy you sent}',
    'your {worker|repair man} {was so rude|yelled at me} {not ok|this is unacceptable}',
    'called {three|like five} times {already|now} nobody {came|fixed it} {this is ridiculous|so annoying}',
    'i {want|need} to complain {your service|you guys} {so bad|is terrible}',
  ],
  report: [
    'i wanna report {someone|my neighbor} {stealing|taking} power {off the line|from the pole}',
    'someone {tampered with|messing with} the meter {next door|in my building} {pls check|report it}',
    'your {staff|meter guy} asked me {for cash|money under the table} to {fix it faster|skip the bill}',
  ],
  consultation: [
    // Safety at home asked as a question is ours to answer (用电安全): the world model must not take it away.
    'is it safe to {use|leave|run} {the space heater|an electric blanket|a power strip|the dryer} {overnight|in the bathroom|all day}',
    'how do i use {an extension cord|a heater|the water heater} safely {in winter|during a storm}',
    'do u guys {work|open} on {sunday|weekends|holidays}',
    '{wat|what} time {ur|your} office {close|open} {tmrw|today}',
    'how much {1 kwh|per kwh|one unit} cost {now|this year}',
    'what {are|r} your {hours|office hours} {for the service center|on weekends}',
    'how {does|do} the {time of use|peak off peak} {rates|pricing} work',
    'how much {per kwh|a unit} {for electricity|for power} {now|this year}',
    'where {is|r} your {nearest|closest} office',
  ],
  new_service: [
    '{wanna|need to} move my {service|account} to my new {apt|place}',
    'need {electric|power} for my new {shop|house} how to {apply|start}',
    'i {just moved in|moving next week} {need|wanna} {start|set up} power {in my name|at the new place}',
    'how do i {put|switch} the {electric|power} account {in my name|to my name}',
    '{wanna|i want to} {install|put} a {ev charger|charger for my tesla} at home what i need',
    'can i get {more|a bigger} {capacity|amps} for my {shop|house}',
    'how to {hook up|connect} solar panels to the grid',
  ],
  agent: [
    '{can i|lemme} {talk to|speak with} a {real person|human} {pls|please}',
    '{agent|representative} {pls|please|now}',
    'get me {someone|a person} {real quick|asap}',
  ],
  supervisor: [
    '{let me|i wanna} {talk to|speak to} your {boss|manager} {right now|now}',
    'get me {the|ur} supervisor {pls|please}',
  ],
  repeat: [
    '{sorry|huh} {what|what was that} {say again|can you repeat}',
    'i {missed|lost} {that|the last part} {go again|one more time pls}',
    '{come again|pardon} {pls|please}',
  ],
  goodbye: [
    '{ok|okay} {thats all|that is all} {thx|thanks} {bye|bye bye}',
    '{got it|cool} thanks {have a good one|take care}',
    'nothing else {ty|thanks} bye',
  ],
  affirm: [
    '{yep|yup|ya} {thats right|thats correct}',
    '{yes|yeah} {its me|that is me} {speaking|here}',
    '{correct|right} {thats my|that is my} {address|number}',
  ],
  deny: [
    '{nope|nah} {thats not it|not right}',
    '{no|nah} {thats wrong|wrong number|not my address}',
    '{no|nope} {not really|dont need that}',
    '{nothing dangerous|no danger} {out here|over here} {its all fine|we are ok}',
  ],
};
