// A small hand-made bilingual thesaurus for recruitment and marketing campaigns: words that mean
// the same thing in Dutch and English (or are near-synonyms in one language) share a concept,
// so a Dutch lesson about a `gemeenschap` is found for an English plan about a `community`.
// Words are listed as people write them; phrases are allowed (`employer brand`). A word is
// listed under the language(s) whose texts use it, so the English `stage` (phase) is not the
// Dutch `stage` (internship).

export interface ConceptDefinition {
  /** Short English name, shown in reasons when words of two languages matched. */
  id: string;
  /** Dutch words and phrases, separated by commas. */
  nl: string;
  /** English words and phrases, separated by commas. */
  en: string;
}

export const CONCEPTS: readonly ConceptDefinition[] = [
  {
    id: 'community',
    nl: 'community, communities, gemeenschap, gemeenschappen, groep, groepen, forum',
    en: 'community, communities, group, groups, forum',
  },
  {
    id: 'recruitment',
    nl: 'werving, werven, wervingscampagne, recruitment, recruiting, rekrutering, aantrekken',
    en: 'recruitment, recruiting, recruit, hiring, hire, attract, attracting, attraction',
  },
  {
    id: 'recruiter',
    nl: 'recruiter, recruiters, werver, wervers, corporate recruiter',
    en: 'recruiter, recruiters, talent acquisition',
  },
  {
    id: 'vacancy',
    nl: 'vacature, vacatures, baan, banen, job, jobs, functie, functies, werkplek',
    en: 'vacancy, vacancies, job, jobs, job opening, job openings, open position, open positions, role, roles',
  },
  {
    id: 'student',
    nl: 'student, studenten, studerende, studerenden',
    en: 'student, students, undergraduate, undergraduates',
  },
  {
    id: 'pupil',
    nl: 'scholier, scholieren, leerling, leerlingen, middelbare school, havisten, vwoers',
    en: 'pupil, pupils, high school, secondary school, schoolchildren',
  },
  {
    id: 'graduate',
    nl: 'afgestudeerde, afgestudeerden, starter, starters, young professional, young professionals',
    en: 'graduate, graduates, starter, starters, young professional, young professionals, entry level',
  },
  {
    id: 'trainee',
    nl: 'trainee, trainees, traineeship, traineeprogramma, traineeships',
    en: 'trainee, trainees, traineeship, traineeships, graduate programme, graduate program',
  },
  {
    id: 'internship',
    nl: 'stage, stages, stageplek, stageplekken, stageplaats, stagiair, stagiairs, stagiaire, afstudeerstage',
    en: 'internship, internships, intern, interns, placement, placements',
  },
  {
    id: 'side job',
    nl: 'bijbaan, bijbanen, bijbaantje, bijbaantjes, bijverdienste, studentenbaan, vakantiewerk',
    en: 'side job, side jobs, part-time job, part-time jobs, student job, student jobs, summer job',
  },
  {
    id: 'employer brand',
    nl: 'werkgeversmerk, werkgeversimago, employer branding, employer brand, imago als werkgever, imago, reputatie',
    en: 'employer brand, employer branding, employer image, employer reputation, reputation',
  },
  {
    id: 'employer',
    nl: 'werkgever, werkgevers',
    en: 'employer, employers',
  },
  {
    id: 'employee',
    nl: 'medewerker, medewerkers, werknemer, werknemers, personeel, collega, collegas, personeelsleden',
    en: 'employee, employees, staff, colleague, colleagues, workforce, personnel',
  },
  {
    id: 'referral',
    nl: 'referral, referrals, aanbrengpremie, aanbrengbonus, voordracht, doorverwijzing, tipgeld',
    en: 'referral, referrals, refer, referring, referral bonus, refer a friend',
  },
  {
    id: 'ambassador',
    nl: 'ambassadeur, ambassadeurs, ambassadeurschap, boegbeeld, rolmodel, rolmodellen',
    en: 'ambassador, ambassadors, advocate, advocates, role model, role models',
  },
  {
    id: 'applicant',
    nl: 'sollicitant, sollicitanten, kandidaat, kandidaten',
    en: 'applicant, applicants, candidate, candidates, jobseeker, jobseekers, job seekers',
  },
  {
    id: 'application',
    nl: 'sollicitatie, sollicitaties, solliciteren, solliciteert, sollicitatiebrief, aanmelding, aanmeldingen',
    en: 'application, applications, apply, applied, applying, sign-up, sign-ups, signups',
  },
  {
    id: 'hire',
    nl: 'aanname, aannames, aangenomen, indiensttreding, plaatsing, plaatsingen',
    en: 'hires, hired, new hire, new hires, placement',
  },
  {
    id: 'continuous',
    nl: 'continu, continue, doorlopend, doorlopende, structureel, structurele, blijvend, langdurig, ritme, vast ritme, vaste rubriek, regelmatig, altijd aan',
    en: 'continuous, continuously, ongoing, always-on, always on, sustained, consistent, regular, rhythm, cadence, long-term',
  },
  {
    id: 'one-off',
    nl: 'eenmalig, eenmalige, losse, los, kortstondig, kortlopend, piek, stunt, stunts',
    en: 'one-off, one-time, one off, short-lived, burst, spike, stunt, stunts',
  },
  {
    id: 'content',
    nl: 'content, contentbudget, inhoud, verhalen, verhaal, redactie, contentkalender, ervaringsverhaal, ervaringsverhalen, testimonial, testimonials',
    en: 'content, stories, story, storytelling, editorial, content calendar, testimonial, testimonials',
  },
  {
    id: 'post',
    nl: 'bericht, berichten, post, posts, posten, update, updates, tweet, tweets',
    en: 'post, posts, posting, update, updates, tweet, tweets, message, messages',
  },
  {
    id: 'engagement',
    nl: 'engagement, betrokkenheid, betrokken, interactie, participatie, meedoen, deelname, reageren, actief, actieve, activiteit, deelnemers, reageerden',
    en: 'engagement, engaged, engaging, interaction, interactions, participation, participate, active, activity, involvement, participants, respond, responded, response, responses',
  },
  {
    id: 'comment',
    nl: 'reactie, reacties, comment, comments, krabbel, krabbels',
    en: 'comment, comments, reply, replies',
  },
  {
    id: 'member',
    nl: 'lid, leden, lidmaatschap, volger, volgers, abonnee, abonnees, lid worden, aansluiten, aangesloten',
    en: 'member, members, membership, follower, followers, subscriber, subscribers, join, joined, joining, joins',
  },
  {
    id: 'reach',
    nl: 'bereik, bereiken, bereikt, bereikten, impressies, weergaven, views, kijkers, luisteraars',
    en: 'reach, reached, reaching, impressions, views, viewers',
  },
  {
    id: 'awareness',
    nl: 'naamsbekendheid, bekendheid, bekend, zichtbaarheid, zichtbaar, awareness, herkenning',
    en: 'awareness, brand awareness, visibility, visible, recognition',
  },
  {
    id: 'event',
    nl: 'evenement, evenementen, event, events, bijeenkomst, bijeenkomsten, meetup, borrel',
    en: 'event, events, meetup, meetups, gathering, drinks, reception',
  },
  {
    id: 'job fair',
    nl: 'banenmarkt, carrierebeurs, bedrijvendag, bedrijvendagen, beurs, beurzen, job fair, career fair, loopbaanbeurs',
    en: 'job fair, job fairs, career fair, career fairs, careers fair, recruitment fair, fair, fairs',
  },
  {
    id: 'open day',
    nl: 'open dag, open dagen, kijkdag, meeloopdag, meeloopdagen, open huis, informatiedag, informatiedagen, infodag, informatieavond, voorlichtingsdag, orientatieavond, orientatieavonden',
    en: 'open day, open days, open house, taster day, job shadowing, information day, info day, information evening, open evening',
  },
  {
    id: 'newsletter',
    nl: 'nieuwsbrief, nieuwsbrieven, mailing, mailings, e-mail, email',
    en: 'newsletter, newsletters, mailing, email, e-mail, mailshot',
  },
  {
    id: 'video',
    nl: 'video, videos, filmpje, filmpjes, film, vlog, vlogs',
    en: 'video, videos, clip, clips, film, vlog, vlogs',
  },
  {
    id: 'advertising',
    nl: 'advertentie, advertenties, adverteren, reclame, advertentiecampagne, banner, banners, spot, spots, commercial, betaald, betaalde, gesponsord, gesponsorde, promotie, promoten, gepromoot',
    en: 'advertising, advert, adverts, advertisement, advertisements, ad, ads, banner, banners, commercial, commercials, spot, paid, sponsored, promoted, promote, promoted, promoting',
  },
  {
    id: 'outdoor',
    nl: 'buitenreclame, outdoor, poster, posters, affiche, affiches, billboard, billboards, abri, abris, reclamezuil, tram, trams, tramreclame, bus, bussen, busreclame, stationsposters',
    en: 'outdoor, out-of-home, poster, posters, billboard, billboards, bus shelter, bus shelters, tram, trams, bus, buses, transit advertising',
  },
  {
    id: 'giveaway',
    nl: 'giveaway, winactie, winacties, prijsvraag, prijs, prijzen, weggeefactie, cadeau, cadeaus, goodies',
    en: 'giveaway, giveaways, contest, competition, prize, prizes, sweepstake, raffle, gift, gifts, goodies',
  },
  {
    id: 'university',
    nl: 'universiteit, universiteiten, hogeschool, hogescholen, campus, faculteit, faculteiten, studievereniging, studieverenigingen',
    en: 'university, universities, college, colleges, campus, faculty, study association, student association',
  },
  {
    id: 'technical',
    nl: 'technisch, technische, techniek, technici, ingenieur, ingenieurs, engineer, engineers, engineering, beta',
    en: 'technical, technology, engineer, engineers, engineering, stem, technician, technicians',
  },
  {
    id: 'young people',
    nl: 'jongeren, jongere, jeugd, jong, jonge, tieners, generatie z, gen z',
    en: 'young people, youth, young, teenagers, teens, gen z, generation z',
  },
  {
    id: 'target audience',
    nl: 'doelgroep, doelgroepen, publiek, persona, personas',
    en: 'target group, target audience, audience, audiences, persona, personas',
  },
  {
    id: 'channel',
    nl: 'kanaal, kanalen, medium, media, platform, platforms',
    en: 'channel, channels, medium, media, platform, platforms',
  },
  {
    id: 'sender',
    nl: 'afzender, afzenders, eigenaar, verantwoordelijke, beheerder, moderator, community manager',
    en: 'sender, owner, ownership, moderator, community manager, host',
  },
  {
    id: 'conversion',
    nl: 'conversie, conversies, conversieratio, omzetten, opvolging, opvolgen, opgevolgd, doorstroom, follow-up',
    en: 'conversion, conversions, conversion rate, convert, follow-up, follow up, funnel',
  },
  {
    id: 'click',
    nl: 'klik, klikken, kliks, clicks, doorklik, doorkliks, bezoekers, bezoek, sessies, traffic, verkeer',
    en: 'click, clicks, click-through, visitors, visits, sessions, traffic',
  },
  {
    id: 'website',
    nl: 'website, site, werkenbij, werkenbij-site, landingspagina, carrieresite, vacaturesite',
    en: 'website, site, careers site, career site, landing page, careers page',
  },
  {
    id: 'budget',
    nl: 'budget, budgetten, geld, kosten, investering',
    en: 'budget, budgets, money, cost, costs, spend, investment',
  },
  {
    id: 'capacity',
    nl: 'capaciteit, uren, menskracht, bezetting, mankracht',
    en: 'capacity, hours, manpower, staffing, headcount',
  },
  {
    id: 'growth',
    nl: 'groei, groeien, groeide, toename, stijging',
    en: 'growth, grow, grew, growing, increase, rise',
  },
  {
    id: 'decline',
    nl: 'stil, stilvallen, viel stil, inactief, afname, daling, weglopen, doodbloeden, verwaterd',
    en: 'quiet, died, dead, inactive, decline, drop, dropped, fizzled, faded',
  },
  {
    id: 'retention',
    nl: 'behoud, behouden, binden, binding, verloop, blijven, terugkeren',
    en: 'retention, retain, retaining, turnover, stay, staying, return, returning, loyalty',
  },
  {
    id: 'diversity',
    nl: 'diversiteit, divers, diverse, inclusie, inclusief, vrouwen, vrouw, vrouwelijk, vrouwelijke, meisjes, gender, genderneutraal, genderneutrale',
    en: 'diversity, diverse, inclusion, inclusive, women, woman, female, gender, gender-neutral, girls',
  },
  {
    id: 'experience',
    nl: 'ervaring, ervaringen, beleving, vr, virtual reality, game, gamification, interactief, beleven, meemaken, simulatie, simulator, nagebouwd, nagebouwde, quiz',
    en: 'experience, experiences, vr, virtual reality, game, gaming, gamification, interactive, simulation, simulator, replica, quiz',
  },
  {
    id: 'influencer',
    nl: 'influencer, influencers, vlogger, vloggers, creator, creators, takeover',
    en: 'influencer, influencers, vlogger, vloggers, creator, creators, takeover, takeovers',
  },
  {
    id: 'salary',
    nl: 'salaris, loon, beloning, arbeidsvoorwaarden, vergoeding, salarissen, premie, bonus, brutoloon',
    en: 'salary, salaries, pay, wage, wages, compensation, benefits, bonus, bonuses',
  },
  {
    id: 'measure',
    nl: 'meten, meting, metingen, meetbaar, data, cijfers, analytics, tracking, utm',
    en: 'measure, measuring, measurement, metrics, data, figures, analytics, tracking, utm',
  },
  {
    id: 'podcast',
    nl: 'podcast, podcasts, luisteraars',
    en: 'podcast, podcasts, listeners',
  },
  {
    id: 'series',
    nl: 'serie, series, reeks, videoserie, aflevering, afleveringen',
    en: 'series, episode, episodes',
  },
  {
    id: 'watch time',
    nl: 'kijkduur, kijktijd, uitkijken, uitgekeken',
    en: 'completion rate, watch time, watched',
  },
  {
    id: 'speaker',
    nl: 'spreker, sprekers, presentatie, presentaties, lezing, lezingen, gastcollege, gastcolleges, gastles, gastlessen, keynote',
    en: 'speaker, speakers, talks, presentation, presentations, guest lecture, guest lectures, keynote',
  },
  {
    id: 'tour',
    nl: 'rondleiding, rondleidingen, bedrijfsbezoek, bedrijfsbezoeken',
    en: 'tour, tours, office tour, site visit, company visit',
  },
  {
    id: 'behind the scenes',
    nl: 'meelopen, meeloopt, meeliep, meeloopdag, dag uit het leven, achter de schermen, kijkje in de keuken',
    en: 'day in the life, shadowing, job shadowing, behind the scenes',
  },
  {
    id: 'polished',
    nl: 'gepolijst, gepolijste, glossy, beeldkwaliteit, bedrijfsfilm, bedrijfsfilms',
    en: 'polished, glossy, production value, corporate film, corporate video',
  },
  {
    id: 'agency',
    nl: 'bureau, bureaus, reclamebureau, wervingsbureau, uitzendbureau, productiehuis',
    en: 'agency, agencies, production company, recruitment agency',
  },
  {
    id: 'ai',
    nl: 'ai, kunstmatige intelligentie, taalmodel, taalmodellen, chatgpt, generatieve ai',
    en: 'ai, artificial intelligence, language model, language models, llm, chatgpt, generative ai, machine learning',
  },
  {
    id: 'job offer',
    nl: 'aanbod, aanbieding, aanbiedingen, arbeidscontract, contract, contracten, arbeidsovereenkomst',
    en: 'offer, offers, job offer, job offers, contract, contracts',
  },
  {
    id: 'quality',
    nl: 'kwaliteit, kwaliteiten, kwalitatief',
    en: 'quality, qualitative',
  },
  {
    id: 'working hours',
    nl: 'flexibel, flexibele, deeltijd, parttime, rooster, roosters, dienstrooster, diensten, werktijden',
    en: 'flexible, flexibility, part-time, roster, rosters, shift, shifts, working hours, schedule, schedules',
  },
  {
    id: 'usability',
    nl: 'gebruiksvriendelijk, gebruiksvriendelijke, gebruiksvriendelijkheid, gebruikerservaring, ux, navigatie',
    en: 'usability, user experience, user-friendly, ux, navigation',
  },
  {
    id: 'print',
    nl: 'folder, folders, flyer, flyers, brochure, brochures',
    en: 'leaflet, leaflets, flyer, flyers, brochure, brochures',
  },
  {
    id: 'attendance',
    nl: 'opkomst, aanwezigen, bezoekersaantal, bezoekersaantallen',
    en: 'attendance, attendees, turnout, attended',
  },
  {
    id: 'programme',
    nl: 'programma, programmas, traject, trajecten, leertraject',
    en: 'programme, programmes, program, programs, scheme, schemes',
  },
  {
    id: 'onboarding',
    nl: 'onboarding, inwerken, inwerkprogramma, introductie',
    en: 'onboarding, induction, orientation',
  },
  {
    id: 'hackathon',
    nl: 'hackathon, hackathons, challenge, case, cases, wedstrijd',
    en: 'hackathon, hackathons, challenge, challenges, case, case study',
  },
  {
    id: 'teacher',
    nl: 'leraar, leraren, docent, docenten, onderwijs, lerarenopleiding, lesgeven, school, scholen',
    en: 'teacher, teachers, teaching, education, lecturer, lecturers, school, schools',
  },
  {
    id: 'care',
    nl: 'zorg, verpleegkundige, verpleegkundigen, verpleging, verpleegkunde, zorgmedewerker, zorgmedewerkers, verzorgende, verzorgenden, ziekenhuis, zorgstudenten',
    en: 'nurse, nurses, nursing, care, healthcare, carer, carers, hospital',
  },
  {
    id: 'driver',
    nl: 'chauffeur, chauffeurs, vrachtwagenchauffeur, vrachtwagenchauffeurs, buschauffeur, buschauffeurs, transport, logistiek, rijbewijs',
    en: 'driver, drivers, truck driver, truck drivers, trucker, truckers, transport, logistics, haulage',
  },
  {
    id: 'technician',
    nl: 'monteur, monteurs, technicus, installateur, installateurs, vakman, vakmensen, servicemonteur, onderhoudsmonteur, mbo, mboers',
    en: 'technician, technicians, mechanic, mechanics, fitter, fitters, installer, installers, tradesman, tradespeople, vocational',
  },
  {
    id: 'defence',
    nl: 'defensie, militair, militairen, soldaat, soldaten, landmacht, marine, luchtmacht, krijgsmacht, reservist, reservisten, dienstplicht',
    en: 'defence, defense, military, soldier, soldiers, army, navy, air force, armed forces, reservist, reservists, recruits',
  },
  {
    id: 'it',
    nl: 'ict, icter, icters, it, developer, developers, ontwikkelaar, ontwikkelaars, programmeur, programmeurs, software, cyber',
    en: 'ict, it, developer, developers, programmer, programmers, software, software engineer, it professionals, cyber',
  },
  {
    id: 'parents',
    nl: 'ouders, ouder, familie, gezin, gezinnen, thuisfront, partners',
    en: 'parents, parent, family, families, relatives, home front, partners',
  },
  {
    id: 'attention',
    nl: 'aandacht, publiciteit, pers, persaandacht, media-aandacht, persbericht, persberichten, viral, buzz, opvallen',
    en: 'attention, publicity, press, media coverage, coverage, viral, buzz, hype, stand out, press release, press releases',
  },
  {
    id: 'application process',
    nl: 'sollicitatieformulier, sollicitatieformulieren, formulier, formulieren, webformulier, aanmeldformulier, sollicitatieproces, sollicitatiesysteem, drempel, drempels, laagdrempelig, cv, motivatiebrief, velden, procedure, selectie, selectieproces, ats',
    en: 'application form, form, forms, web form, application process, applicant tracking system, ats, barrier, barriers, threshold, low-threshold, friction, cv, resume, cover letter, form fields, procedure, selection, screening',
  },
  {
    id: 'mobile',
    nl: 'mobiel, mobiele, smartphone, telefoon, app, apps',
    en: 'mobile, smartphone, phone, app, apps, devices',
  },
  {
    id: 'chat',
    nl: 'chat, chatten, chatbot, appen, whatsapp, berichtje, berichtjes',
    en: 'chat, chatting, chatbot, messaging, messenger, whatsapp, texting',
  },
  {
    id: 'career changer',
    nl: 'zij-instromer, zij-instromers, zij-instroom, zijinstroom, omscholing, omscholen, carriereswitch, carriereswitcher, carriereswitchers, herintreder, herintreders',
    en: 'career changer, career changers, career switch, career switchers, side entrant, side entrants, retraining, reskilling, returner, returners, returnship',
  },
  {
    id: 'older workers',
    nl: '50-plus, 50plus, 50-plussers, 50plussers, ouderen, oudere, senioren, leeftijd',
    en: 'over-50s, older, older workers, seniors, age, ageism',
  },
  {
    id: 'personal contact',
    nl: 'contact, gesprek, gesprekken, persoonlijk, persoonlijke, kennismaking, kennismaken, ontmoeten, ontmoeting, bellen, terugbellen, gebeld, sollicitatiegesprek, sollicitatiegesprekken, interview, interviews',
    en: 'contact, conversation, conversations, personal, meet, meeting, talk, call, phone call, call back, interview, interviews',
  },
  {
    id: 'speed',
    nl: 'snel, snelle, sneller, snelheid, direct, meteen, wachttijd, doorlooptijd',
    en: 'fast, faster, quick, quickly, speed, immediately, instant, waiting time, time to hire',
  },
  {
    id: 'network',
    nl: 'netwerk, netwerken, netwerkavond, netwerkbijeenkomst',
    en: 'network, networks, networking, network event',
  },
  {
    id: 'international',
    nl: 'internationaal, internationale, buitenland, buitenlandse, migratie, expats',
    en: 'international, abroad, foreign, overseas, migration, expats',
  },
  {
    id: 'regional',
    nl: 'regionaal, regionale, regio, lokaal, lokale, dichtbij, buurt, hyperlocal',
    en: 'regional, region, local, locally, nearby, neighbourhood, hyperlocal',
  },
  {
    id: 'internal mobility',
    nl: 'interne mobiliteit, doorgroeien, doorgroei, loopbaanpad, intern, interne',
    en: 'internal mobility, career path, internal, promotion, job rotation, job rotations',
  },
  {
    id: 'vacancy text',
    nl: 'vacaturetekst, vacatureteksten, functieomschrijving, advertentietekst, tekst, teksten, functietekst, functieteksten, wervingstekst, wervingsteksten',
    en: 'job ad, job ads, job advert, job adverts, job description, job descriptions, copy, wording, vacancy text, vacancy texts, job posting, job postings, job text, job texts',
  },
  {
    id: 'pipeline',
    nl: 'pijplijn, talentpool, talentpools, kweekvijver, instroom',
    en: 'pipeline, talent pool, talent pools, talentpool, intake, inflow',
  },
  {
    id: 'authenticity',
    nl: 'authentiek, authentieke, authenticiteit, eerlijk, eerlijke, echte collegas, echte medewerkers, echte mensen, echte verhalen, echt werk',
    en: 'authentic, authenticity, genuine, honest, unpolished, real colleagues, real employees, real people, real stories, real work',
  },
  {
    id: 'social media',
    nl: 'social media, sociale media, socials, sociale netwerken',
    en: 'social media, social networks, socials, social network',
  },
  {
    id: 'source',
    nl: 'bron, bronnen, herkomst',
    en: 'source, sources, origin, attribution',
  },
  {
    id: 'question',
    nl: 'vraag, vragen, beantwoorden, beantwoord, antwoord, antwoorden',
    en: 'question, questions, ask, asked, asking, answer, answered, answers',
  },
  {
    id: 'support',
    nl: 'steun, ondersteuning, hulp, helpen, lotgenoten, lotgenotencontact, begeleiding, buddy, buddys, mentor, mentoren, coach, coaching, onderling',
    en: 'support, help, peer support, peers, buddy, buddies, mentor, mentors, mentoring, coach, coaching, each other',
  },
  {
    id: 'training',
    nl: 'opleiding, opleidingen, training, trainingen, cursus, cursussen, opleidingscentrum, leerwerktraject, bbl, opleiden',
    en: 'training, course, courses, apprenticeship, apprenticeships, basic training',
  },
  {
    id: 'dropout',
    nl: 'uitval, uitvallen, uitvallers, afhaken, afhakers, haakten, haken, stoppers, voortijdig',
    en: 'drop-out, dropout, dropouts, drop out, attrition, quit, quitting, churn, abandon, abandoned',
  },
  {
    id: 'survey',
    nl: 'enquete, enquetes, vragenlijst, peiling, onderzoek, nulmeting, nameting',
    en: 'survey, surveys, questionnaire, poll, research, baseline',
  },
  {
    id: 'communication',
    nl: 'communicatie, communiceren, voorlichting',
    en: 'communication, communications, outreach',
  },
  {
    id: 'share',
    nl: 'delen, gedeeld, deelden, doorsturen',
    en: 'share, shares, shared, sharing, forward',
  },
  {
    id: 'design',
    nl: 'ontwerp, ontwerpen, vormgeving, redesign, vernieuwing, verouderd, gedateerd, modern, moderne, uitstraling',
    en: 'design, designed, redesign, relaunch, dated, outdated, modern, look and feel',
  },
  {
    id: 'career',
    nl: 'carriere, loopbaan, carrieremogelijkheden, doorgroeimogelijkheden, toekomst',
    en: 'career, careers, career opportunities, future',
  },
  {
    id: 'launch',
    nl: 'lancering, lanceren, lanceringsweek, kick-off, aftrap',
    en: 'launch, launched, launching, kick-off, kickoff',
  },
  {
    id: 'online',
    nl: 'online, digitaal, digitale, virtueel, virtuele',
    en: 'online, digital, virtual',
  },
  {
    id: 'live',
    nl: 'live, livestream, livestreams, uitzending, uitzendingen',
    en: 'live, livestream, live stream, live streams, broadcast, broadcasts',
  },
  {
    id: 'broadcast media',
    nl: 'tv, televisie, radio, radiospot, radiospots, radiocampagne, massamedia, reclamespot, zenders, omroep, omroepen, zender',
    en: 'tv, television, radio, radio ad, radio ads, mass media, broadcast media, radio stations, tv stations, broadcaster, broadcasters',
  },
  {
    id: 'interest',
    nl: 'interesse, geinteresseerd, geinteresseerden, belangstelling, belangstellenden, nieuwsgierig',
    en: 'interest, interested, curious, curiosity',
  },
  {
    id: 'booth',
    nl: 'stand, stands, kraam, infostand',
    en: 'booth, booths, stand, stall, stalls',
  },
  {
    id: 'shorten',
    nl: 'inkorten, ingekort, verkorten, verkort, korter formulier, kort formulier, korte procedure',
    en: 'shorten, shortened, shortening, short form, shorter form, shorter process',
  },
];
