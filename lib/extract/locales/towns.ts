// Towns, municipalities and city districts, per country, as they are written in running text.
// The location reader (../fields/location-known.ts) takes one after a preposition of place ("i
// Horsens", "in Heidelberg", "på Røst") when the ad gives no workplace in another form. Names of
// fewer than four letters and names that are also common words are left out ("Moss", "Lund",
// "Vik", "Hole", "Reading", "Bath" would be read in sentences that name no place).

// Each list is built by a call, marked pure so that the content script, which imports the languages'
// detector cues only, drops the lists (they would more than double its size).
const list = (s: string): string[] => s.split('|');

/** Denmark: the municipalities, by the town names a text uses ("Faaborg", "Lyngby"), the larger towns that name no municipality, Copenhagen's and Aarhus's districts. */
export const DANISH_TOWNS = /* @__PURE__ */ list(
  'Aabenraa|Aalborg|Aarhus|Albertslund|Allerød|Assens|Ballerup|Billund|Bornholm|Brøndby|Brønderslev|Dragør|Egedal|Esbjerg|Fanø|' +
    'Favrskov|Faxe|Fredensborg|Fredericia|Frederiksberg|Frederikshavn|Frederikssund|Furesø|Faaborg|Gentofte|Gladsaxe|Glostrup|' +
    'Greve|Gribskov|Guldborgsund|Haderslev|Halsnæs|Hedensted|Helsingør|Herlev|Herning|Hillerød|Hjørring|Holbæk|Holstebro|' +
    'Horsens|Hvidovre|Høje-Taastrup|Hørsholm|Ikast|Brande|Ishøj|Jammerbugt|Kalundborg|Kerteminde|Kolding|København|Køge|' +
    'Langeland|Lejre|Lemvig|Lolland|Lyngby|Kongens Lyngby|Læsø|Mariagerfjord|Middelfart|Morsø|Norddjurs|Nyborg|Næstved|Odder|' +
    'Odense|Odsherred|Randers|Rebild|Ringkøbing|Skjern|Ringsted|Roskilde|Rudersdal|Rødovre|Samsø|Silkeborg|Skanderborg|Skive|' +
    'Slagelse|Solrød|Sorø|Stevns|Struer|Svendborg|Syddjurs|Sønderborg|Thisted|Tønder|Tårnby|Vallensbæk|Varde|Vejle|' +
    'Viborg|Vordingborg|Nykøbing Falster|Nykøbing Mors|Nykøbing Sjælland|Nakskov|Grenaa|Ebeltoft|Skagen|Hobro|Aars|' +
    'Taastrup|Birkerød|Holte|Hellerup|Charlottenlund|Rønne|Korsør|Kalvehave|Stege|Maribo|Marstal|Ærøskøbing|Rudkøbing|' +
    'Bogense|Ribe|Grindsted|Vojens|Gråsten|Nordborg|Løgstør|Nibe|Sæby|Hirtshals|Fjerritslev|' +
    'Hadsund|Kjellerup|Bjerringbro|Hammel|Galten|Hinnerup|Tranbjerg|Viby|Risskov|Brabrand|Højbjerg|Valby|Vanløse|' +
    'Brønshøj|Nørrebro|Vesterbro|Østerbro|Amager|Bispebjerg|Sydhavnen|Christianshavn|Indre By',
);

/** Norway: the towns and the larger municipalities (bokmål and nynorsk alike), Oslo's and Bergen's districts. */
export const NORWEGIAN_TOWNS = /* @__PURE__ */ list(
  'Oslo|Bergen|Trondheim|Stavanger|Drammen|Fredrikstad|Kristiansand|Sandnes|Tromsø|Sarpsborg|Skien|Bodø|Ålesund|Sandefjord|' +
    'Larvik|Tønsberg|Arendal|Haugesund|Porsgrunn|Halden|Lillehammer|Harstad|Molde|Kongsberg|Gjøvik|Horten|Mo i Rana|Hamar|' +
    'Kristiansund|Jessheim|Lillestrøm|Elverum|Askøy|Narvik|Steinkjer|Grimstad|Alta|Leirvik|Stjørdal|Kongsvinger|' +
    'Egersund|Mandal|Florø|Førde|Sogndal|Voss|Hammerfest|Vadsø|Kirkenes|Honningsvåg|Finnsnes|Sortland|Svolvær|Leknes|' +
    'Mosjøen|Sandnessjøen|Brønnøysund|Namsos|Levanger|Verdal|Orkanger|Oppdal|Røros|Otta|Fagernes|Geilo|' +
    'Notodden|Rjukan|Bø i Telemark|Kragerø|Risør|Tvedestrand|Lyngdal|Flekkefjord|Farsund|Kvinesdal|Bryne|Jørpeland|Sauda|' +
    'Kopervik|Odda|Norheimsund|Stord|Knarvik|Osøyro|Straume|Kleppestø|Nordfjordeid|Stryn|Måløy|Volda|Ørsta|Ulsteinvik|' +
    'Åndalsnes|Sunndalsøra|Surnadal|Brekstad|Malvik|Melhus|Klæbu|Vestby|Drøbak|Asker|Bærum|Sandvika|Lørenskog|' +
    'Nittedal|Eidsvoll|Gardermoen|Hønefoss|Jevnaker|Raufoss|Brumunddal|Moelv|Tynset|Trysil|Askim|Mysen|' +
    'Rakkestad|Spydeberg|Holmestrand|Stokke|Nøtterøy|Tjøme|Svelvik|Hokksund|Vikersund|Nesbyen|Hemsedal|Ulvik|' +
    'Eidfjord|Lærdal|Aurland|Årdal|Luster|Balestrand|Høyanger|Vaksdal|Osterøy|Austevoll|Bømlo|Fitjar|Tysnes|Kvinnherad|' +
    'Etne|Vindafjord|Tysvær|Karmøy|Bokn|Hjelmeland|Suldal|Forsand|Gjesdal|Klepp|Eigersund|Sokndal|Sirdal|' +
    'Hægebostad|Åseral|Vennesla|Lillesand|Birkeland|Froland|Åmli|Evje|Bygland|Bykle|Setesdal|Hovden|Vinje|Tokke|Kviteseid|' +
    'Seljord|Tinn|Hjartdal|Sauherad|Nome|Drangedal|Bamble|Siljan|Fyresdal|Nissedal|Tana|Karasjok|Kautokeino|Porsanger|Lakselv|' +
    'Vardø|Båtsfjord|Berlevåg|Lebesby|Gamvik|Nordkapp|Måsøy|Hasvik|Loppa|Kvænangen|Nordreisa|Skjervøy|Kåfjord|Olderdalen|Lyngen|' +
    'Storfjord|Balsfjord|Karlsøy|Målselv|Bardufoss|Bardu|Salangen|Lavangen|Gratangen|Ibestad|Dyrøy|Sørreisa|Senja|Lenvik|' +
    'Evenes|Tjeldsund|Lødingen|Hadsel|Stokmarknes|Øksnes|Andøy|Andenes|Vågan|Vestvågøy|Flakstad|Moskenes|Værøy|Røst|' +
    'Steigen|Hamarøy|Sørfold|Fauske|Saltdal|Rognan|Gildeskål|Meløy|Rødøy|Lurøy|Træna|Nesna|Hemnes|Hattfjelldal|Grane|Vefsn|' +
    'Leirfjord|Alstahaug|Herøy|Dønna|Vevelstad|Sømna|Bindal|Nærøysund|Rørvik|Kolvereid|Grong|Snåsa|Lierne|Røyrvik|' +
    'Namsskogan|Overhalla|Høylandet|Flatanger|Osen|Åfjord|Ørland|Indre Fosen|Frøya|Hitra|Orkland|Skaun|Rennebu|Midtre Gauldal|' +
    'Støren|Holtålen|Selbu|Tydal|Meråker|Inderøy|Frosta|Nordre Land|Søndre Land|Vestre Toten|Østre Toten|Gausdal|' +
    'Øyer|Ringebu|Vinstra|Nord-Fron|Sør-Fron|Vågå|Lesja|Dombås|Skjåk|Folldal|Alvdal|Rendalen|Engerdal|Stor-Elvdal|Åmot|' +
    'Våler|Åsnes|Flisa|Kirkenær|Eidskog|Nord-Odal|Sør-Odal|Skarnes|Ullensaker|Gjerdrum|Nannestad|Hurdal|' +
    'Grorud|Stovner|Alna|Furuset|Bjerke|Nordstrand|Søndre Nordstrand|Østensjø|Frogner|Majorstuen|Grünerløkka|Sagene|Gamle Oslo|' +
    'Ullern|Vestre Aker|Nordre Aker|Fana|Ytrebygda|Laksevåg|Fyllingsdalen|Årstad|Arna|Åsane|Bergenhus',
);

/** Sweden: the cities and the larger municipalities' seats, Stockholm's and Gothenburg's districts. */
export const SWEDISH_TOWNS = /* @__PURE__ */ list(
  'Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Jönköping|Norrköping|Umeå|Gävle|Borås|' +
    'Södertälje|Eskilstuna|Halmstad|Växjö|Karlstad|Sundsvall|Östersund|Trollhättan|Luleå|Borlänge|Kristianstad|Kalmar|' +
    'Falun|Skövde|Karlskrona|Skellefteå|Uddevalla|Varberg|Landskrona|Nyköping|Motala|Trelleborg|Ängelholm|Lidköping|' +
    'Alingsås|Sandviken|Kungsbacka|Piteå|Örnsköldsvik|Visby|Gotland|Kiruna|Gällivare|Haparanda|Kalix|Boden|Arvidsjaur|' +
    'Arjeplog|Jokkmokk|Pajala|Storuman|Lycksele|Vilhelmina|Sorsele|Dorotea|Åsele|Härnösand|Kramfors|Sollefteå|Timrå|Hudiksvall|' +
    'Bollnäs|Söderhamn|Ljusdal|Ovanåker|Mora|Rättvik|Leksand|Avesta|Hedemora|Ludvika|Smedjebacken|Säter|Malung|Vansbro|' +
    'Orsa|Älvdalen|Sala|Köping|Arboga|Fagersta|Enköping|Tierp|Östhammar|Norrtälje|Sigtuna|Märsta|Täby|Danderyd|Lidingö|' +
    'Nacka|Värmdö|Huddinge|Botkyrka|Haninge|Tyresö|Sollentuna|Järfälla|Upplands Väsby|Vallentuna|Österåker|Åkersberga|' +
    'Vaxholm|Ekerö|Solna|Sundbyberg|Nynäshamn|Strängnäs|Katrineholm|Flen|Oxelösund|Gnesta|Trosa|Vingåker|Hallsberg|' +
    'Kumla|Askersund|Karlskoga|Lindesberg|Arvika|Kristinehamn|Säffle|Filipstad|Hagfors|Torsby|Sunne|Åmål|Vänersborg|' +
    'Mariestad|Falköping|Tidaholm|Ulricehamn|Kinna|Kungälv|Stenungsund|Tjörn|Orust|Lysekil|Strömstad|Tanum|Mölndal|' +
    'Partille|Lerum|Härryda|Öckerö|Falkenberg|Laholm|Hylte|Ljungby|Älmhult|Tingsryd|Vetlanda|Nässjö|Eksjö|Tranås|Värnamo|' +
    'Gislaved|Gnosjö|Vaggeryd|Oskarshamn|Västervik|Vimmerby|Hultsfred|Nybro|Emmaboda|Borgholm|Öland|Ronneby|Karlshamn|' +
    'Sölvesborg|Olofström|Hässleholm|Ystad|Simrishamn|Eslöv|Höör|Hörby|Sjöbo|Skurup|Svedala|Vellinge|Lomma|Kävlinge|' +
    'Höganäs|Båstad|Klippan|Perstorp|Osby|Östra Göinge|Bromölla|Tomelilla|Mjölby|Finspång|Söderköping|Valdemarsvik|' +
    'Kinda|Vadstena|Ödeshög|Boxholm|Åtvidaberg|Härjedalen|Sveg|Krokom|Strömsund|Bräcke|Ragunda|Södermalm|' +
    'Kungsholmen|Östermalm|Norrmalm|Vasastan|Gamla stan|Bromma|Hägersten|Skärholmen|Farsta|Skarpnäck|Enskede|Rinkeby|Kista|' +
    'Spånga|Tensta|Hisingen|Angered|Majorna|Frölunda|Rosengård|Käringön|Smögen|Mollösund|Marstrand',
);

/** Germany, Austria and Switzerland: the larger cities, Berlin's and Hamburg's districts. */
export const GERMAN_TOWNS = /* @__PURE__ */ list(
  'Berlin|Hamburg|München|Köln|Frankfurt|Stuttgart|Düsseldorf|Leipzig|Dortmund|Bremen|Dresden|Hannover|Nürnberg|' +
    'Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|Münster|Mannheim|Karlsruhe|Augsburg|Wiesbaden|Mönchengladbach|Gelsenkirchen|' +
    'Aachen|Braunschweig|Chemnitz|Kiel|Magdeburg|Freiburg|Krefeld|Mainz|Lübeck|Erfurt|Oberhausen|Rostock|Kassel|' +
    'Potsdam|Saarbrücken|Hamm|Ludwigshafen|Oldenburg|Mülheim|Osnabrück|Leverkusen|Heidelberg|Darmstadt|Solingen|' +
    'Regensburg|Herne|Paderborn|Neuss|Ingolstadt|Offenbach|Fürth|Würzburg|Heilbronn|Pforzheim|Wolfsburg|Göttingen|' +
    'Bottrop|Reutlingen|Koblenz|Bremerhaven|Recklinghausen|Erlangen|Bergisch Gladbach|Jena|Remscheid|Trier|Salzgitter|' +
    'Moers|Hildesheim|Cottbus|Kaiserslautern|Gütersloh|Schwerin|Witten|Gera|Iserlohn|Zwickau|Düren|Esslingen|' +
    'Ratingen|Tübingen|Flensburg|Lüneburg|Konstanz|Marburg|Gießen|Bamberg|Bayreuth|Passau|Landshut|Rosenheim|Kempten|' +
    'Weimar|Greifswald|Stralsund|Wismar|Neubrandenburg|Frankfurt an der Oder|Dessau|Wittenberg|Görlitz|Bautzen|Plauen|' +
    'Freiberg|Spandau|Charlottenburg|Wilmersdorf|Kreuzberg|Friedrichshain|Neukölln|Tempelhof|Schöneberg|Steglitz|Zehlendorf|' +
    'Pankow|Prenzlauer Berg|Lichtenberg|Marzahn|Hellersdorf|Treptow|Köpenick|Reinickendorf|Moabit|Altona|Eimsbüttel|' +
    'Harburg|Wandsbek|Bergedorf|Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|Sankt Pölten|St. Pölten|Dornbirn|' +
    'Wiener Neustadt|Steyr|Feldkirch|Bregenz|Leoben|Krems|Eisenstadt|Zürich|Genf|Basel|Bern|Lausanne|Winterthur|Luzern|' +
    'St. Gallen|Lugano|Biel|Thun|Köniz|Schaffhausen|Fribourg|Chur|Neuchâtel|Uster|Sion|Aarau|Olten|Solothurn',
);

/** The United Kingdom, Ireland and other English-speaking countries: the larger cities and towns, and capitals elsewhere where such ads are posted. */
export const ENGLISH_TOWNS = /* @__PURE__ */ list(
  'London|Birmingham|Manchester|Leeds|Liverpool|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Coventry|Bradford|' +
    'Southampton|Portsmouth|Plymouth|Brighton|Hull|Stoke-on-Trent|Wolverhampton|Derby|Swansea|Cardiff|Newport|Edinburgh|' +
    'Glasgow|Aberdeen|Dundee|Inverness|Stirling|Perth|Belfast|Derry|Londonderry|York|Oxford|Cambridge|Norwich|Ipswich|' +
    'Exeter|Gloucester|Cheltenham|Worcester|Hereford|Shrewsbury|Lancaster|Blackpool|Bolton|Wigan|Stockport|' +
    'Oldham|Rochdale|Huddersfield|Halifax|Wakefield|Doncaster|Rotherham|Barnsley|Middlesbrough|Sunderland|Durham|Carlisle|' +
    'Canterbury|Maidstone|Colchester|Chelmsford|Luton|Milton Keynes|Northampton|Peterborough|Swindon|Salisbury|' +
    'Winchester|Bournemouth|Poole|Taunton|Truro|Wrexham|Bangor|Aberystwyth|Dublin|Cork|Limerick|Galway|Waterford|Kilkenny|' +
    'Sligo|Letterkenny|Athlone|Tralee|Longford|Mullingar|Drogheda|Dundalk|Navan|Wexford|Ennis|Castlebar|New York|Chicago|' +
    'Los Angeles|San Francisco|Seattle|Boston|Philadelphia|Atlanta|Houston|Dallas|Denver|Portland|' +
    'Minneapolis|Detroit|Baltimore|Pittsburgh|Toronto|Vancouver|Montreal|Ottawa|Calgary|Edmonton|Winnipeg|Sydney|Melbourne|' +
    'Brisbane|Adelaide|Auckland|Wellington|Christchurch|Johannesburg|Cape Town|Durban|Nairobi|Kampala|Lagos|Accra|Dakar|' +
    'Brussels|Geneva|Amsterdam|Paris|Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik',
);
