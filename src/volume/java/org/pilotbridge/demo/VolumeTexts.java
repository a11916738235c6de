package org.pilotbridge.demo;

import java.util.List;
import java.util.Map;

import org.pilotbridge.shared.Language;

/**
 * What the people of the volume data set write, in English, French, Dutch and German: twelve public
 * problems a municipality or a federal office could post, the places they are posted for, the names
 * of companies and people, proposals, evaluators' justifications and the reasons given for
 * withdrawals and decisions. Texts combine a topic, a place and a few numbers, so that the full-text
 * search finds realistic, uneven numbers of matches in each language.
 */
final class VolumeTexts {

	/** A text in each of the four languages. */
	record Localized(String en, String fr, String nl, String de) {

		String in(Language language) {
			return switch (language) {
				case ENGLISH -> en;
				case FRENCH -> fr;
				case DUTCH -> nl;
				case GERMAN -> de;
			};
		}

	}

	/**
	 * A public problem. {@code {place}} and {@code {n}} in the texts are replaced by a place and a
	 * number of the challenge.
	 */
	record Topic(Localized title, Localized summary, Localized problem, Localized outcome, Localized subject,
			Localized tag, String cpv) {
	}

	static final List<Topic> TOPICS = List.of(
			new Topic(l("Fewer half-empty school buses in {place}", "Moins de bus scolaires à moitié vides à {place}",
					"Minder halflege schoolbussen in {place}", "Weniger halbleere Schulbusse in {place}"),
					l("Our school buses follow routes drawn up years ago. We want to pilot route planning based on how many pupils actually ride.",
							"Nos bus scolaires suivent des tracés établis il y a des années. Nous voulons tester une planification fondée sur le nombre réel d’élèves transportés.",
							"Onze schoolbussen rijden routes die jaren geleden zijn uitgetekend. We willen een routeplanning testen op basis van het werkelijke aantal leerlingen.",
							"Unsere Schulbusse fahren Strecken, die vor Jahren festgelegt wurden. Wir möchten eine Planung erproben, die sich nach der tatsächlichen Zahl der Schüler richtet."),
					l("{n} buses serve the villages around {place}. On many rounds fewer than a third of the seats are taken, while some morning rounds are full and pupils have to stand.",
							"{n} bus desservent les villages autour de {place}. Sur beaucoup de tournées, moins d’un tiers des places sont occupées, alors que certaines tournées du matin sont pleines et que des élèves restent debout.",
							"{n} bussen bedienen de dorpen rond {place}. Op veel ritten is minder dan een derde van de zitplaatsen bezet, terwijl sommige ochtendritten vol zitten en leerlingen moeten staan.",
							"{n} Busse bedienen die Dörfer rund um {place}. Auf vielen Fahrten ist weniger als ein Drittel der Plätze besetzt, während manche Morgenfahrten voll sind und Schüler stehen müssen."),
					l("Routes that follow ridership, with at least 15 % fewer kilometres driven and no pupil travelling longer than today.",
							"Des tracés qui suivent la fréquentation, au moins 15 % de kilomètres en moins et aucun élève qui voyage plus longtemps qu’aujourd’hui.",
							"Routes die de bezetting volgen, minstens 15 % minder gereden kilometers en geen enkele leerling die langer onderweg is dan nu.",
							"Strecken, die der Auslastung folgen, mindestens 15 % weniger gefahrene Kilometer und kein Schüler, der länger unterwegs ist als heute."),
					l("school transport", "transport scolaire", "leerlingenvervoer", "Schülerbeförderung"),
					l("mobility", "mobilité", "mobiliteit", "Mobilität"), "60130000-8"),
			new Topic(l("Knowing when the public bins of {place} are full", "Savoir quand les poubelles publiques de {place} sont pleines",
					"Weten wanneer de openbare vuilnisbakken van {place} vol zijn", "Wissen, wann die öffentlichen Abfallbehälter in {place} voll sind"),
					l("Our crews empty every street bin on a fixed schedule, full or not. We want to pilot a way to know how full they are and plan rounds accordingly.",
							"Nos équipes vident chaque poubelle selon un calendrier fixe, pleine ou non. Nous voulons tester un moyen de connaître leur remplissage et d’adapter les tournées.",
							"Onze ploegen ledigen elke straatvuilbak volgens een vast schema, vol of niet. We willen een manier testen om de vulgraad te kennen en de rondes daarop af te stemmen.",
							"Unsere Teams leeren jeden Abfallbehälter nach festem Plan, ob voll oder nicht. Wir möchten erproben, wie wir den Füllstand erkennen und die Touren danach planen."),
					l("We empty {n} public bins every week. About half are less than a quarter full when emptied, while bins near the station overflow on market days.",
							"Nous vidons {n} poubelles publiques chaque semaine. Environ la moitié sont remplies à moins d’un quart, tandis que celles de la gare débordent les jours de marché.",
							"We ledigen elke week {n} openbare vuilnisbakken. Ongeveer de helft is minder dan een kwart vol, terwijl de bakken bij het station op marktdagen overlopen.",
							"Wir leeren jede Woche {n} öffentliche Abfallbehälter. Etwa die Hälfte ist weniger als ein Viertel voll, während die Behälter am Bahnhof an Markttagen überlaufen."),
					l("Fewer kilometres driven per tonne collected (20 % fewer) and no overflowing bin in the pilot area.",
							"Moins de kilomètres parcourus par tonne collectée (20 % de moins) et aucune poubelle qui déborde dans la zone pilote.",
							"Minder gereden kilometers per opgehaalde ton (20 % minder) en geen overvolle vuilnisbak in het proefgebied.",
							"Weniger gefahrene Kilometer pro gesammelter Tonne (20 % weniger) und kein überlaufender Behälter im Pilotgebiet."),
					l("waste collection", "collecte des déchets", "afvalophaling", "Abfallsammlung"),
					l("waste", "déchets", "afval", "Abfall"), "90511000-2"),
			new Topic(l("Street lights in {place} that dim when nobody is around", "Un éclairage public à {place} qui baisse quand personne n’est là",
					"Straatverlichting in {place} die dimt als er niemand is", "Straßenlaternen in {place}, die sich dimmen, wenn niemand unterwegs ist"),
					l("We want to test lights that dim on quiet streets and brighten when someone comes, without cameras.",
							"Nous voulons tester un éclairage qui baisse dans les rues calmes et remonte quand quelqu’un arrive, sans caméras.",
							"We willen verlichting testen die dimt in rustige straten en feller wordt als er iemand aankomt, zonder camera’s.",
							"Wir möchten Leuchten erproben, die in ruhigen Straßen gedimmt werden und heller werden, wenn jemand kommt, ohne Kameras."),
					l("Street lighting is our largest electricity bill: {n} lamp posts burn at full power all night, also in streets where nobody walks after midnight.",
							"L’éclairage public est notre plus grosse facture d’électricité : {n} lampadaires éclairent à pleine puissance toute la nuit, même dans des rues où personne ne passe après minuit.",
							"Openbare verlichting is onze grootste elektriciteitsfactuur: {n} lichtpunten branden de hele nacht op vol vermogen, ook in straten waar na middernacht niemand meer komt.",
							"Die Straßenbeleuchtung ist unsere größte Stromrechnung: {n} Laternen leuchten die ganze Nacht mit voller Leistung, auch in Straßen, in denen nach Mitternacht niemand mehr geht."),
					l("30 % less electricity on the pilot streets without complaints about safety.",
							"30 % d’électricité en moins dans les rues pilotes, sans plainte sur la sécurité.",
							"30 % minder elektriciteit in de proefstraten, zonder klachten over de veiligheid.",
							"30 % weniger Strom in den Pilotstraßen ohne Beschwerden über die Sicherheit."),
					l("street lighting", "éclairage public", "openbare verlichting", "Straßenbeleuchtung"),
					l("energy", "énergie", "energie", "Energie"), "34993000-4"),
			new Topic(l("Cycle paths in {place} that stay usable all winter", "Des pistes cyclables praticables tout l’hiver à {place}",
					"Fietspaden in {place} die de hele winter berijdbaar blijven", "Radwege in {place}, die den ganzen Winter befahrbar bleiben"),
					l("Cycle paths freeze before roads and are cleared after them. We look for a way to forecast ice and treat the paths at the right time.",
							"Les pistes cyclables gèlent avant les routes et sont dégagées après elles. Nous cherchons un moyen de prévoir le verglas et de traiter les pistes au bon moment.",
							"Fietspaden bevriezen vóór de wegen en worden na hen vrijgemaakt. We zoeken een manier om gladheid te voorspellen en de paden op het juiste moment te strooien.",
							"Radwege frieren vor den Straßen und werden nach ihnen geräumt. Wir suchen einen Weg, Glätte vorherzusagen und die Wege rechtzeitig zu streuen."),
					l("Every winter cyclists fall on icy paths while the roads next to them are already gritted. Our {n} km of cycle paths are treated on fixed rounds.",
							"Chaque hiver, des cyclistes chutent sur des pistes verglacées alors que les routes voisines sont déjà salées. Nos {n} km de pistes sont traités selon des tournées fixes.",
							"Elke winter vallen fietsers op gladde paden terwijl de wegen ernaast al gestrooid zijn. Onze {n} km fietspaden worden in vaste rondes behandeld.",
							"Jeden Winter stürzen Radfahrer auf vereisten Wegen, während die Straßen daneben schon gestreut sind. Unsere {n} km Radwege werden auf festen Touren behandelt."),
					l("Fewer falls reported and targeted gritting: 30 % less salt on the cycle paths.",
							"Moins de chutes signalées et un épandage ciblé : 30 % de sel en moins sur les pistes.",
							"Minder gemelde valpartijen en gericht strooien: 30 % minder zout op de fietspaden.",
							"Weniger gemeldete Stürze und gezieltes Streuen: 30 % weniger Salz auf den Radwegen."),
					l("winter maintenance", "entretien hivernal", "winteronderhoud", "Winterdienst"),
					l("cycling", "vélo", "fiets", "Radverkehr"), "90620000-9"),
			new Topic(l("Showing free parking spaces before drivers enter {place}", "Indiquer les places libres avant d’entrer dans {place}",
					"Vrije parkeerplaatsen tonen voor bestuurders {place} binnenrijden", "Freie Parkplätze anzeigen, bevor Autofahrer nach {place} hineinfahren"),
					l("Drivers circle the centre looking for a space. We want to show free spaces at the entrances of the town.",
							"Les automobilistes tournent dans le centre à la recherche d’une place. Nous voulons afficher les places libres aux entrées de la ville.",
							"Bestuurders rijden rondjes in het centrum op zoek naar een plaats. We willen de vrije plaatsen tonen aan de invalswegen.",
							"Autofahrer kreisen auf der Suche nach einem Parkplatz durch die Innenstadt. Wir möchten freie Plätze an den Stadteinfahrten anzeigen."),
					l("A third of the traffic in the centre is drivers looking for one of our {n} parking spaces.",
							"Un tiers du trafic du centre est fait d’automobilistes qui cherchent l’une de nos {n} places.",
							"Een derde van het verkeer in het centrum zijn bestuurders die een van onze {n} parkeerplaatsen zoeken.",
							"Ein Drittel des Verkehrs in der Innenstadt sind Fahrer, die einen unserer {n} Parkplätze suchen."),
					l("Less traffic searching for parking; drivers know where to go before they enter.",
							"Moins de trafic de recherche ; les automobilistes savent où aller avant d’entrer.",
							"Minder zoekverkeer; bestuurders weten waar ze heen moeten voor ze binnenrijden.",
							"Weniger Parksuchverkehr; Fahrer wissen vor der Einfahrt, wohin sie fahren sollen."),
					l("parking guidance", "guidage vers le stationnement", "parkeergeleiding", "Parkleitsystem"),
					l("parking", "stationnement", "parkeren", "Parken"), "34996000-5"),
			new Topic(l("A library in {place} open when readers have time", "Une bibliothèque à {place} ouverte quand les lecteurs ont le temps",
					"Een bibliotheek in {place} die open is wanneer lezers tijd hebben", "Eine Bibliothek in {place}, die offen ist, wenn die Leser Zeit haben"),
					l("Our branch libraries close at five. We want to pilot safe self-service opening in the evenings and at weekends.",
							"Nos bibliothèques de quartier ferment à dix-sept heures. Nous voulons tester une ouverture en libre-service sûre le soir et le week-end.",
							"Onze filialen sluiten om vijf uur. We willen veilige zelfbediening testen op avonden en in het weekend.",
							"Unsere Zweigstellen schließen um fünf. Wir möchten eine sichere Selbstbedienung am Abend und am Wochenende erproben."),
					l("Loans have dropped by {n} % in five years; most readers work during opening hours.",
							"Les prêts ont baissé de {n} % en cinq ans ; la plupart des lecteurs travaillent pendant les heures d’ouverture.",
							"Het aantal uitleningen daalde met {n} % in vijf jaar; de meeste lezers werken tijdens de openingsuren.",
							"Die Ausleihen sind in fünf Jahren um {n} % gesunken; die meisten Leser arbeiten während der Öffnungszeiten."),
					l("Twice the opening hours at the same staff cost, and more loans to working adults.",
							"Deux fois plus d’heures d’ouverture au même coût de personnel, et plus de prêts aux adultes actifs.",
							"Dubbel zoveel openingsuren tegen dezelfde personeelskost, en meer uitleningen aan werkende volwassenen.",
							"Doppelt so viele Öffnungsstunden bei gleichen Personalkosten und mehr Ausleihen an Berufstätige."),
					l("library services", "services de bibliothèque", "bibliotheekdiensten", "Bibliotheksdienste"),
					l("library", "bibliothèque", "bibliotheek", "Bibliothek"), "92511000-6"),
			new Topic(l("Cutting the energy use of public buildings in {place}", "Réduire la consommation d’énergie des bâtiments publics de {place}",
					"Het energieverbruik van openbare gebouwen in {place} verlagen", "Den Energieverbrauch öffentlicher Gebäude in {place} senken"),
					l("Our schools, sports halls and offices are heated on fixed timetables. We want to pilot heating that follows actual use.",
							"Nos écoles, salles de sport et bureaux sont chauffés selon des horaires fixes. Nous voulons tester un chauffage qui suit l’occupation réelle.",
							"Onze scholen, sporthallen en kantoren worden volgens vaste uurroosters verwarmd. We willen verwarming testen die het werkelijke gebruik volgt.",
							"Unsere Schulen, Sporthallen und Büros werden nach festen Zeitplänen beheizt. Wir möchten eine Heizung erproben, die der tatsächlichen Nutzung folgt."),
					l("We heat {n} buildings; meter readings show rooms heated at night, at weekends and in the holidays.",
							"Nous chauffons {n} bâtiments ; les relevés montrent des locaux chauffés la nuit, le week-end et pendant les congés.",
							"We verwarmen {n} gebouwen; de meterstanden tonen lokalen die ’s nachts, in het weekend en in de vakanties verwarmd worden.",
							"Wir heizen {n} Gebäude; die Zählerstände zeigen Räume, die nachts, am Wochenende und in den Ferien beheizt werden."),
					l("At least 20 % less gas in the pilot buildings, with no complaint about comfort.",
							"Au moins 20 % de gaz en moins dans les bâtiments pilotes, sans plainte sur le confort.",
							"Minstens 20 % minder gas in de proefgebouwen, zonder klachten over het comfort.",
							"Mindestens 20 % weniger Gas in den Pilotgebäuden ohne Beschwerden über den Komfort."),
					l("building energy", "énergie des bâtiments", "gebouwenergie", "Gebäudeenergie"),
					l("energy", "énergie", "energie", "Energie"), "71314300-5"),
			new Topic(l("Finding water leaks in the network of {place} sooner", "Détecter plus tôt les fuites du réseau d’eau de {place}",
					"Waterlekken in het net van {place} sneller vinden", "Wasserlecks im Netz von {place} früher finden"),
					l("A large share of the drinking water we produce never reaches a tap. We want to pilot leak detection that tells our crews where to dig.",
							"Une grande partie de l’eau potable produite n’atteint jamais un robinet. Nous voulons tester une détection de fuites qui indique à nos équipes où creuser.",
							"Een groot deel van het drinkwater dat we produceren bereikt nooit een kraan. We willen lekdetectie testen die onze ploegen vertelt waar ze moeten graven.",
							"Ein großer Teil des erzeugten Trinkwassers erreicht nie einen Wasserhahn. Wir möchten eine Leckortung erproben, die unseren Teams sagt, wo sie graben sollen."),
					l("We lose {n} % of our water between the plant and the meters; leaks are found when the street floods.",
							"Nous perdons {n} % de notre eau entre l’usine et les compteurs ; les fuites sont trouvées quand la rue est inondée.",
							"We verliezen {n} % van ons water tussen de installatie en de meters; lekken worden gevonden als de straat onder water staat.",
							"Wir verlieren {n} % unseres Wassers zwischen Werk und Zählern; Lecks werden gefunden, wenn die Straße überflutet ist."),
					l("Leaks located within a week of appearing, and a third less water lost in the pilot district.",
							"Des fuites localisées dans la semaine où elles apparaissent, et un tiers d’eau perdue en moins dans le quartier pilote.",
							"Lekken gelokaliseerd binnen een week nadat ze ontstaan, en een derde minder waterverlies in de proefwijk.",
							"Lecks innerhalb einer Woche nach ihrem Entstehen geortet und ein Drittel weniger Wasserverlust im Pilotviertel."),
					l("water distribution", "distribution d’eau", "waterdistributie", "Wasserversorgung"),
					l("water", "eau", "water", "Wasser"), "65100000-4"),
			new Topic(l("No more queues at the town hall of {place}", "Plus de files d’attente à la maison communale de {place}",
					"Geen wachtrijen meer aan het gemeentehuis van {place}", "Keine Warteschlangen mehr im Rathaus von {place}"),
					l("Visitors sometimes wait an hour at our counters. We look for a way to let them wait at home and come when it is their turn.",
							"Les visiteurs attendent parfois une heure à nos guichets. Nous cherchons un moyen de les laisser attendre chez eux et venir quand c’est leur tour.",
							"Bezoekers wachten soms een uur aan onze loketten. We zoeken een manier om hen thuis te laten wachten en te laten komen wanneer ze aan de beurt zijn.",
							"Besucher warten an unseren Schaltern manchmal eine Stunde. Wir suchen einen Weg, sie zu Hause warten und erst kommen zu lassen, wenn sie an der Reihe sind."),
					l("On Monday mornings up to {n} people queue for the civil affairs counter.",
							"Le lundi matin, jusqu’à {n} personnes font la file au guichet population.",
							"Op maandagochtend staan tot {n} mensen in de rij voor het loket burgerzaken.",
							"Am Montagmorgen stehen bis zu {n} Menschen am Schalter des Bürgerbüros an."),
					l("No visitor waits more than fifteen minutes on site, including those without a smartphone.",
							"Aucun visiteur n’attend plus de quinze minutes sur place, y compris sans smartphone.",
							"Geen enkele bezoeker wacht ter plaatse langer dan een kwartier, ook zonder smartphone.",
							"Kein Besucher wartet vor Ort länger als fünfzehn Minuten, auch ohne Smartphone."),
					l("counter services", "services aux guichets", "loketdienstverlening", "Bürgerservice"),
					l("digital", "numérique", "digitaal", "digital"), "72000000-5"),
			new Topic(l("Planning repairs of social housing in {place}", "Planifier les réparations des logements sociaux de {place}",
					"Herstellingen in de sociale woningen van {place} plannen", "Reparaturen in den Sozialwohnungen von {place} planen"),
					l("Tenants report defects by phone and wait weeks. We want to pilot a way to report, plan and follow repairs.",
							"Les locataires signalent les défauts par téléphone et attendent des semaines. Nous voulons tester un moyen de signaler, planifier et suivre les réparations.",
							"Huurders melden gebreken telefonisch en wachten weken. We willen een manier testen om herstellingen te melden, te plannen en op te volgen.",
							"Mieter melden Mängel telefonisch und warten wochenlang. Wir möchten erproben, wie sich Reparaturen melden, planen und verfolgen lassen."),
					l("We manage {n} homes; a repair takes 38 days on average and one in four needs a second visit.",
							"Nous gérons {n} logements ; une réparation prend 38 jours en moyenne et une sur quatre demande une deuxième visite.",
							"We beheren {n} woningen; een herstelling duurt gemiddeld 38 dagen en een op vier vraagt een tweede bezoek.",
							"Wir verwalten {n} Wohnungen; eine Reparatur dauert im Schnitt 38 Tage und jede vierte braucht einen zweiten Besuch."),
					l("Repairs done in half the time, and tenants who know when the technician comes.",
							"Des réparations faites deux fois plus vite, et des locataires qui savent quand le technicien passe.",
							"Herstellingen in de helft van de tijd, en huurders die weten wanneer de technicus komt.",
							"Reparaturen in der halben Zeit und Mieter, die wissen, wann der Techniker kommt."),
					l("housing maintenance", "entretien des logements", "woningonderhoud", "Wohnungsinstandhaltung"),
					l("housing", "logement", "wonen", "Wohnen"), "70330000-3"),
			new Topic(l("Measuring the air that pupils breathe in {place}", "Mesurer l’air que respirent les élèves à {place}",
					"De lucht meten die leerlingen in {place} inademen", "Die Luft messen, die Schüler in {place} atmen"),
					l("We know little about the air quality at school gates. We want to pilot measurements that parents and schools can understand.",
							"Nous savons peu de choses de la qualité de l’air devant les écoles. Nous voulons tester des mesures que parents et écoles comprennent.",
							"We weten weinig over de luchtkwaliteit aan de schoolpoorten. We willen metingen testen die ouders en scholen begrijpen.",
							"Wir wissen wenig über die Luftqualität vor den Schultoren. Wir möchten Messungen erproben, die Eltern und Schulen verstehen."),
					l("{n} schools lie along busy roads; our only measuring station is three kilometres away.",
							"{n} écoles sont situées le long de routes fréquentées ; notre seule station de mesure est à trois kilomètres.",
							"{n} scholen liggen langs drukke wegen; ons enige meetstation staat drie kilometer verderop.",
							"{n} Schulen liegen an stark befahrenen Straßen; unsere einzige Messstation ist drei Kilometer entfernt."),
					l("Hourly figures at every pilot school, published openly, and measures decided on them.",
							"Des chiffres horaires pour chaque école pilote, publiés ouvertement, et des mesures décidées sur cette base.",
							"Uurcijfers aan elke proefschool, open gepubliceerd, en maatregelen die daarop gebaseerd zijn.",
							"Stündliche Werte an jeder Pilotschule, offen veröffentlicht, und darauf gestützte Maßnahmen."),
					l("air quality", "qualité de l’air", "luchtkwaliteit", "Luftqualität"),
					l("health", "santé", "gezondheid", "Gesundheit"), "90731000-0"),
			new Topic(l("Letters from {place} that residents understand", "Des courriers de {place} que les habitants comprennent",
					"Brieven van {place} die inwoners begrijpen", "Briefe aus {place}, die die Einwohner verstehen"),
					l("Our letters are written in administrative language and in one language only. We want to pilot clearer letters in the languages residents read.",
							"Nos courriers sont rédigés en langage administratif et dans une seule langue. Nous voulons tester des courriers plus clairs dans les langues que lisent les habitants.",
							"Onze brieven zijn in ambtelijke taal en in één taal geschreven. We willen duidelijkere brieven testen in de talen die inwoners lezen.",
							"Unsere Briefe sind in Amtssprache und nur in einer Sprache verfasst. Wir möchten verständlichere Briefe in den Sprachen erproben, die die Einwohner lesen."),
					l("We send {n} thousand letters a year; one in five leads to a phone call asking what it means.",
							"Nous envoyons {n} mille courriers par an ; un sur cinq entraîne un appel pour demander ce qu’il signifie.",
							"We versturen {n} duizend brieven per jaar; een op vijf leidt tot een telefoontje met de vraag wat hij betekent.",
							"Wir verschicken {n} tausend Briefe im Jahr; jeder fünfte führt zu einem Anruf mit der Frage, was er bedeutet."),
					l("Half as many calls about letters, and letters every resident can read.",
							"Deux fois moins d’appels au sujet des courriers, et des courriers que chaque habitant peut lire.",
							"Half zoveel telefoontjes over brieven, en brieven die elke inwoner kan lezen.",
							"Halb so viele Anrufe wegen Briefen und Briefe, die jeder Einwohner lesen kann."),
					l("plain language", "langage clair", "klare taal", "einfache Sprache"),
					l("language", "langue", "taal", "Sprache"), "79530000-8"));

	static final Map<Language, List<String>> PLACES = Map.of(Language.ENGLISH,
			List.of("Brussels", "Antwerp", "Ghent", "Bruges", "Leuven", "Ostend", "Mechelen", "Liège", "Namur", "Mons",
					"Charleroi", "Hasselt"),
			Language.FRENCH,
			List.of("Namur", "Liège", "Mons", "Charleroi", "Arlon", "Wavre", "Tournai", "Verviers", "Dinant", "Nivelles",
					"Bastogne", "Ottignies"),
			Language.DUTCH,
			List.of("Gent", "Brugge", "Leuven", "Mechelen", "Hasselt", "Aalst", "Kortrijk", "Roeselare", "Genk", "Turnhout",
					"Oostende", "Sint-Niklaas"),
			Language.GERMAN, List.of("Eupen", "Sankt Vith", "Kelmis", "Raeren", "Bütgenbach", "Lontzen", "Amel", "Büllingen",
					"Burg-Reuland", "Aachen", "Monschau", "Malmedy"));

	static final Localized CONTEXT = l(
			"The pilot runs in {place} with the support of our technical department. We give access to the data we hold and to a test site; our staff can spend half a day a week on it.",
			"Le projet pilote se déroule à {place} avec l’appui de notre service technique. Nous donnons accès à nos données et à un site de test ; notre personnel peut y consacrer une demi-journée par semaine.",
			"De pilot loopt in {place} met de steun van onze technische dienst. We geven toegang tot onze gegevens en tot een testsite; onze medewerkers kunnen er een halve dag per week aan besteden.",
			"Das Pilotprojekt läuft in {place} mit Unterstützung unseres technischen Dienstes. Wir geben Zugang zu unseren Daten und zu einem Testgelände; unsere Mitarbeiter können einen halben Tag pro Woche daran arbeiten.");

	static final Localized CONSTRAINTS = l(
			"Personal data stays in the European Union and is processed under the GDPR. Whatever residents see must meet our accessibility policy (WCAG 2.1 AA).",
			"Les données personnelles restent dans l’Union européenne et sont traitées conformément au RGPD. Ce que voient les habitants doit respecter notre politique d’accessibilité (WCAG 2.1 AA).",
			"Persoonsgegevens blijven in de Europese Unie en worden verwerkt volgens de AVG. Wat inwoners te zien krijgen, moet voldoen aan ons toegankelijkheidsbeleid (WCAG 2.1 AA).",
			"Personenbezogene Daten bleiben in der Europäischen Union und werden nach der DSGVO verarbeitet. Was die Einwohner sehen, muss unserer Barrierefreiheitsrichtlinie entsprechen (WCAG 2.1 AA).");

	/** Names and descriptions of the qualitative criteria a challenge picks from. */
	static final List<Localized[]> CRITERIA = List.of(
			new Localized[] { l("Approach and feasibility", "Approche et faisabilité", "Aanpak en haalbaarheid", "Ansatz und Machbarkeit"),
					l("How convincing and realistic the approach is for our situation",
							"Dans quelle mesure l’approche est convaincante et réaliste pour notre situation",
							"Hoe overtuigend en realistisch de aanpak is voor onze situatie",
							"Wie überzeugend und realistisch der Ansatz für unsere Lage ist") },
			new Localized[] { l("Team and references", "Équipe et références", "Team en referenties", "Team und Referenzen"),
					l("Experience of the team with similar pilots", "Expérience de l’équipe dans des projets pilotes similaires",
							"Ervaring van het team met vergelijkbare pilots", "Erfahrung des Teams mit ähnlichen Pilotprojekten") },
			new Localized[] { l("Impact and measurement", "Impact et mesure", "Impact en meting", "Wirkung und Messung"),
					l("How the result will be measured and how large it can be", "Comment le résultat sera mesuré et quelle peut être son ampleur",
							"Hoe het resultaat gemeten wordt en hoe groot het kan zijn", "Wie das Ergebnis gemessen wird und wie groß es sein kann") },
			new Localized[] { l("Ease of use", "Facilité d’utilisation", "Gebruiksgemak", "Benutzerfreundlichkeit"),
					l("How simple it is for our staff and residents", "Simplicité pour notre personnel et les habitants",
							"Hoe eenvoudig het is voor onze medewerkers en inwoners", "Wie einfach es für unsere Mitarbeiter und die Einwohner ist") });

	static final Localized PRICE = l("Price", "Prix", "Prijs", "Preis");

	static final Localized PRICE_DESCRIPTION = l("Total price of the pilot excluding VAT", "Prix total du projet pilote hors TVA",
			"Totale prijs van de pilot exclusief btw", "Gesamtpreis des Pilotprojekts ohne MwSt.");

	static final Localized PROPOSAL_SUMMARY = l(
			"{company} proposes a {weeks}-week pilot on {subject} in {place}, using tools already running in other municipalities.",
			"{company} propose un projet pilote de {weeks} semaines à {place} (domaine : {subject}), avec des outils déjà utilisés dans d’autres communes.",
			"{company} stelt een pilot van {weeks} weken voor rond {subject} in {place}, met tools die al in andere gemeenten draaien.",
			"{company} schlägt ein {weeks}-wöchiges Pilotprojekt im Bereich {subject} in {place} vor, mit Werkzeugen, die bereits in anderen Gemeinden laufen.");

	static final Localized APPROACH = l("""
			We start with two weeks of measurement to know the situation as it is. We then install our system on the pilot \
			site, train your staff in half a day and adjust the settings every week with them. Every figure we use is shared \
			with you as open data. At the end we compare the results with the first two weeks and write down what to keep.""",
			"""
					Nous commençons par deux semaines de mesures pour connaître la situation actuelle. Nous installons ensuite \
					notre système sur le site pilote, formons votre personnel en une demi-journée et ajustons les réglages chaque \
					semaine avec lui. Chaque chiffre utilisé vous est remis en données ouvertes. À la fin, nous comparons les \
					résultats aux deux premières semaines et consignons ce qu’il faut garder.""",
			"""
					We beginnen met twee weken metingen om de huidige toestand te kennen. Daarna installeren we ons systeem op \
					de proefsite, leiden we uw medewerkers op in een halve dag en stellen we elke week samen met hen bij. Elk \
					cijfer dat we gebruiken, krijgt u als open data. Op het einde vergelijken we de resultaten met de eerste twee \
					weken en schrijven we op wat behouden blijft.""",
			"""
					Wir beginnen mit zwei Wochen Messungen, um die heutige Lage zu kennen. Danach installieren wir unser System \
					am Pilotstandort, schulen Ihre Mitarbeiter in einem halben Tag und passen die Einstellungen jede Woche mit \
					ihnen an. Jede Zahl, die wir verwenden, erhalten Sie als offene Daten. Am Ende vergleichen wir die Ergebnisse \
					mit den ersten zwei Wochen und halten fest, was bleiben soll.""");

	static final Localized TIMELINE = l("Weeks 1–2 measurement, weeks 3–{mid} installation and tuning, last two weeks evaluation and report.",
			"Semaines 1–2 mesures, semaines 3–{mid} installation et réglages, deux dernières semaines évaluation et rapport.",
			"Weken 1–2 metingen, weken 3–{mid} installatie en bijsturing, laatste twee weken evaluatie en verslag.",
			"Wochen 1–2 Messung, Wochen 3–{mid} Installation und Feinabstimmung, letzte zwei Wochen Auswertung und Bericht.");

	static final Localized TEAM = l("A project lead and two engineers who ran similar pilots in {reference} and {reference2}.",
			"Une cheffe de projet et deux ingénieurs qui ont mené des projets similaires à {reference} et à {reference2}.",
			"Een projectleider en twee ingenieurs die vergelijkbare pilots liepen in {reference} en {reference2}.",
			"Eine Projektleiterin und zwei Ingenieure, die ähnliche Pilotprojekte in {reference} und {reference2} durchgeführt haben.");

	static final Localized ANSWER = l("On “{criterion}”: our plan for {subject} is concrete and costed, and was measured in {reference}.",
			"Concernant « {criterion} » : notre plan ({subject}) est concret et chiffré, et a été mesuré à {reference}.",
			"Over “{criterion}”: ons plan voor {subject} is concreet en begroot, en werd gemeten in {reference}.",
			"Zu „{criterion}“: Unser Plan im Bereich {subject} ist konkret und kalkuliert und wurde in {reference} gemessen.");

	/** What evaluators write, from weak (0–1 points) to strong (4–5). */
	static final List<Localized> JUSTIFICATIONS = List.of(
			l("The proposal says little about “{criterion}”; we miss a plan we could check.",
					"La proposition dit peu de choses sur « {criterion} » ; il manque un plan vérifiable.",
					"Het voorstel zegt weinig over “{criterion}”; we missen een plan dat we kunnen nagaan.",
					"Das Angebot sagt wenig zu „{criterion}“; uns fehlt ein überprüfbarer Plan."),
			l("Adequate on “{criterion}”: the plan is plausible but the figures are not backed by a reference.",
					"Correct pour « {criterion} » : le plan est plausible mais les chiffres ne s’appuient sur aucune référence.",
					"Voldoende voor “{criterion}”: het plan is aannemelijk maar de cijfers steunen niet op een referentie.",
					"Ausreichend bei „{criterion}“: Der Plan ist plausibel, aber die Zahlen sind nicht durch eine Referenz belegt."),
			l("Strong on “{criterion}”: a concrete, costed plan with two references we could verify.",
					"Solide pour « {criterion} » : un plan concret et chiffré, avec deux références vérifiables.",
					"Sterk voor “{criterion}”: een concreet, begroot plan met twee referenties die we konden nagaan.",
					"Stark bei „{criterion}“: ein konkreter, kalkulierter Plan mit zwei Referenzen, die wir prüfen konnten."));

	static final Localized CONSENSUS = l("The panel agrees: the plan for “{criterion}” is as the individual scores describe.",
			"Le jury est d’accord : le plan pour « {criterion} » correspond aux notes individuelles.",
			"Het panel is het eens: het plan voor “{criterion}” is zoals de individuele scores beschrijven.",
			"Das Gremium ist sich einig: Der Plan zu „{criterion}“ entspricht den Einzelbewertungen.");

	static final Localized WITHDRAWAL = l(
			"The council decided to solve this problem under an existing framework contract; we thank everyone who took an interest.",
			"Le conseil a décidé de résoudre ce problème dans le cadre d’un contrat-cadre existant ; merci à toutes celles et ceux qui s’y sont intéressés.",
			"De gemeenteraad besliste dit probleem op te lossen via een bestaand raamcontract; bedankt aan iedereen die interesse toonde.",
			"Der Rat hat beschlossen, dieses Problem über einen bestehenden Rahmenvertrag zu lösen; wir danken allen Interessierten.");

	static final Localized NO_AWARD = l(
			"No proposal reached the quality the panel considers necessary for a pilot; the problem will be described again next year.",
			"Aucune proposition n’atteint la qualité que le jury juge nécessaire pour un projet pilote ; le problème sera à nouveau décrit l’an prochain.",
			"Geen enkel voorstel haalde de kwaliteit die het panel nodig acht voor een pilot; het probleem wordt volgend jaar opnieuw beschreven.",
			"Kein Angebot erreichte die Qualität, die das Gremium für ein Pilotprojekt für nötig hält; das Problem wird nächstes Jahr erneut beschrieben.");

	/** The title, paragraphs and file name of the technical annex attached to proposals. */
	static final Localized ANNEX_TITLE = l("Technical annex", "Annexe technique", "Technische bijlage", "Technischer Anhang");

	static final Localized ANNEX_FILE = l("technical-annex", "annexe-technique", "technische-bijlage", "technischer-anhang");

	static final Localized ANNEX_TEXT = l(
			"This annex describes the equipment, the data flows and the measurements of the pilot. Sensors send one message every fifteen minutes over the existing network; the data is stored in the European Union and published as open data every night.",
			"Cette annexe décrit le matériel, les flux de données et les mesures du projet pilote. Les capteurs envoient un message toutes les quinze minutes sur le réseau existant ; les données sont stockées dans l’Union européenne et publiées en données ouvertes chaque nuit.",
			"Deze bijlage beschrijft de apparatuur, de gegevensstromen en de metingen van de pilot. Sensoren sturen elk kwartier een bericht over het bestaande netwerk; de gegevens worden in de Europese Unie bewaard en elke nacht als open data gepubliceerd.",
			"Dieser Anhang beschreibt die Geräte, die Datenflüsse und die Messungen des Pilotprojekts. Sensoren senden alle fünfzehn Minuten eine Nachricht über das bestehende Netz; die Daten werden in der Europäischen Union gespeichert und jede Nacht als offene Daten veröffentlicht.");

	private static final List<String> FIRST_NAMES = List.of("Marie", "Lucas", "Emma", "Noah", "Louise", "Arthur", "Olivia",
			"Jules", "Elise", "Liam", "Sofia", "Victor", "Lena", "Finn", "Amina", "Milan", "Julie", "Thomas", "Anna",
			"Jonas", "Chloé", "Lars", "Nora", "Adam");

	private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Dupont",
			"Claes", "Goossens", "Wouters", "Martin", "Leclercq", "Jacobs", "Mertens", "Willems", "Renard", "Schmitz",
			"Weber", "Hoffmann", "Fischer", "Costa", "El Idrissi", "Vermeulen", "Simon", "Laurent", "De Smet");

	private static final List<String> COMPANY_ROOTS = List.of("Sensor", "Route", "Data", "Civic", "Green", "Urban", "Smart",
			"Open", "Eco", "Geo", "Flux", "Nova", "Terra", "Lumen", "Aqua", "Vector");

	private static final List<String> COMPANY_KINDS = List.of("Labs", "Works", "Systems", "Analytics", "Solutions",
			"Mobility", "Tech", "Logic", "Bridge", "Insight");

	private VolumeTexts() {
	}

	static String personName(int n) {
		return FIRST_NAMES.get(n % FIRST_NAMES.size()) + " " + LAST_NAMES.get((n / FIRST_NAMES.size()) % LAST_NAMES.size());
	}

	/** A company name, unique for each number up to about 10,000. */
	static String companyName(int n, String place, String legalForm) {
		return COMPANY_ROOTS.get(n % COMPANY_ROOTS.size()) + " " + COMPANY_KINDS.get((n / COMPANY_ROOTS.size()) % COMPANY_KINDS.size())
				+ " " + place + " " + legalForm + (n >= COMPANY_ROOTS.size() * COMPANY_KINDS.size() * 12
						? " " + (n / (COMPANY_ROOTS.size() * COMPANY_KINDS.size() * 12) + 1) : "");
	}

	static String fill(String template, Map<String, String> values) {
		var result = template;
		for (var entry : values.entrySet()) {
			result = result.replace("{" + entry.getKey() + "}", entry.getValue());
		}
		return result;
	}

	private static Localized l(String en, String fr, String nl, String de) {
		return new Localized(en, fr, nl, de);
	}

}
