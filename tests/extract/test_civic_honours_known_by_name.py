"""Civic honours that the award list knows by name: public works, fire and safety accreditations, designations
(Certified Local Government, Purple Heart City, Blue Flag), partner-of-the-year awards, city prizes and rankings at
home and abroad.  Each is read with its recipient and year wherever the sentence names it, under the name the
list reports; the sentences combine real places with the series freely."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year) for a in extract_text(text).awards}


@pytest.mark.parametrize(("text", "win"), [
    ("Ames, Iowa, won a 2016 Public Works Project of the Year award from the American Public Works Association.",
     ("Ames", "Public Works Project of the Year", 2016)),
    ("Olathe, Kan., received APWA accreditation in 2012.",
     ("Olathe", "APWA Accreditation", 2012)),
    ("The Frisco Fire Department in Frisco, Texas, earned accredited agency status from the Commission on "
     "Fire Accreditation International in 2019.",
     ("Frisco", "CFAI Accreditation", 2019)),
    ("Dublin, Ohio, was accredited as a Safe Communities America community in 2014.",
     ("Dublin", "Safe Communities America", 2014)),
    ("Loveland, Colo., was named a Certified Local Government in 2001.",
     ("Loveland", "Certified Local Government", 2001)),
    ("Park City, Utah, became an EPA Green Power Community in 2018.",
     ("Park City", "Green Power Communities", 2018)),
    ("Denton, Texas, was named a 2020 ENERGY STAR Partner of the Year.",
     ("Denton", "ENERGY STAR Partner of the Year", 2020)),
    ("Clearwater, Fla., earned the 2015 WaterSense Partner of the Year award.",
     ("Clearwater", "WaterSense Partner of the Year", 2015)),
    ("Cascais, Portugal, was awarded Blue Flag status for 2021.",
     ("Cascais", "Blue Flag", 2021)),
    ("Leeds, England, won a Green Flag Award for Roundhay Park in 2019.",
     ("Leeds", "Green Flag Award", 2019)),
    ("Cologne, Germany, was recognised as a UNICEF Child Friendly City in 2018.",
     ("Cologne", "Child Friendly City", 2018)),
    ("Brattleboro, Vt., was designated a Fair Trade Town in 2009.",
     ("Brattleboro", "Fair Trade Town", 2009)),
    ("Alpharetta, Ga., was certified as a Community Wildlife Habitat in 2013.",
     ("Alpharetta", "Community Wildlife Habitat", 2013)),
    ("Providence, R.I., received the 2003 Rudy Bruner Award for Urban Excellence.",
     ("Providence", "Rudy Bruner Award for Urban Excellence", 2003)),
    ("Minneapolis, Minn., topped the 2022 American Fitness Index ranking.",
     ("Minneapolis", "American Fitness Index", 2022)),
    ("Bozeman, Mont., won the 2013 Google eCity Award for Montana.",
     ("Bozeman", "Google eCity Award", 2013)),
    ("Bowling Green, Ky., received a 2017 Voice of the People Award for Excellence in Safety.",
     ("Bowling Green", "Voice of the People Awards", 2017)),
    ("Aurora, Colo., received the 2011 Audrey Nelson Community Development Achievement Award.",
     ("Aurora", "Audrey Nelson Community Development Achievement Award", 2011)),
    ("Sugar Land, Texas, won a 2014 Texas Municipal League Municipal Excellence Award.",
     ("Sugar Land", "Municipal Excellence Awards", 2014)),
    ("Fredericksburg, Texas, earned Scenic City Certification in 2016.",
     ("Fredericksburg", "Scenic City Certification", 2016)),
    ("Chesapeake, Va., was designated a Purple Heart City in 2015.",
     ("Chesapeake", "Purple Heart City", 2015)),
    ("Albert Lea, Minn., became the first certified Blue Zones Community in 2010.",
     ("Albert Lea", "Blue Zones Community", 2010)),
    ("Provo, Utah, ranked first in the Milken Institute's 2014 Best-Performing Cities index.",
     ("Provo", "Best-Performing Cities", 2014)),
    ("Cary, N.C., won the 2016 Engaged Cities Award.",
     ("Cary", "Engaged Cities Award", 2016)),
    ("Lake County, Calif., was a winner of America's Best Communities prize in 2017.",
     ("Lake County", "America's Best Communities", 2017)),
    ("Fargo, N.D., won the 2017 Georgetown University Energy Prize.",
     ("Fargo", "Georgetown University Energy Prize", 2017)),
    ("Kansas City, Mo., won a 2009 City Cultural Diversity Award from the National League of Cities.",
     ("Kansas City", "City Cultural Diversity Awards", 2009)),
    ("Seoul, South Korea, received a 2013 United Nations Public Service Award.",
     ("Seoul", "United Nations Public Service Awards", 2013)),
    ("Ljubljana, Slovenia, won the 2003 European Mobility Week Award.",
     ("Ljubljana", "European Mobility Week Award", 2003)),
    ("Ghent, Belgium, won a 2019 Eurocities Award for participation.",
     ("Ghent", "Eurocities Awards", 2019)),
    ("Zurich, Switzerland, topped the 2023 IMD Smart City Index.",
     ("Zurich", "IMD Smart City Index", 2023)),
    ("Tokyo, Japan, ranked fourth in the 2019 Global Cities Index.",
     ("Tokyo", "Global Cities Index", 2019)),
    ("Gardiner, Maine, was named the 2019 Nicest Place in America.",
     ("Gardiner", "Nicest Places in America", 2019)),
    ("Lanesboro, Minn., was named one of America's Coolest Small Towns in 2014.",
     ("Lanesboro", "America's Coolest Small Towns", 2014)),
    ("Newark, Ohio, won a 2012 Keep America Beautiful President's Circle Award.",
     ("Newark", "Keep America Beautiful Awards", 2012)),
    ("Loudoun County, Va., earned the GFOA Triple Crown Medallion for 2019.",
     ("Loudoun County", "GFOA Triple Crown", 2019)),
    ("Norfolk, Va., received a 2021 Digital Inclusion Leadership Award.",
     ("Norfolk", "Digital Inclusion Leadership Award", 2021)),
    ("Westport, Co Mayo, won the 2019 SuperValu TidyTowns competition.",
     ("Westport", "National Tidy Towns Competition", 2019)),
    ("Horsham, Victoria, won the 2001 Australian Tidy Towns Awards.",
     ("Horsham", "Australian Tidy Towns Awards", 2001)),
    ("Los Angeles, Calif., ranked first on EPA's 2018 ENERGY STAR Top Cities list.",
     ("Los Angeles", "ENERGY STAR Top Cities", 2018)),
    ("Arlington, Texas, placed third in its population category in the 2019 National Night Out awards.",
     ("Arlington", "National Night Out Awards", 2019)),
    ("Austin, Texas, ranked third on the 2015 Green Power Partnership Top 30 Local Government list.",
     ("Austin", "Green Power Partnership Top 30 Local Government", 2015)),
    ("Lost Creek, W.Va., was named the 2013 Best Small Library in America.",
     ("Lost Creek", "Best Small Library in America", 2013)),
    ("Casco, Maine, won the 2014 Great American Water Taste Test.",
     ("Casco", "Great American Water Taste Test", 2014)),
    ("The Metro Transit of Minneapolis, Minn., received a 2025 APTA Award.",
     ("Minneapolis", "APTA Awards", 2025)),
    ("Clarkdale, Ariz., received a 2016 ICMA Local Government Excellence Award.",
     ("Clarkdale", "Local Government Excellence Awards", 2016)),
    ("Kingsport, Tenn., won a 2010 Award for Municipal Excellence from the National League of Cities.",
     ("Kingsport", "Awards for Municipal Excellence", 2010)),
    ("Oldsmar, Fla., won a 2017 Florida Municipal Achievement Award.",
     ("Oldsmar", "Florida Municipal Achievement Awards", 2017)),
    ("Denton County, Texas, earned a Transparency Star from the Texas Comptroller in 2019.",
     ("Denton County", "Transparency Stars", 2019)),
    ("Seattle, Wash., ranked first in the 2019 City Clean Energy Scorecard.",
     ("Seattle", "City Clean Energy Scorecard", 2019)),
    ("Copenhagen, Denmark, topped the European Green City Index in 2009.",
     ("Copenhagen", "Green City Index", 2009)),
    ("Zurich, Switzerland, ranked first in the 2016 Sustainable Cities Index.",
     ("Zurich", "Sustainable Cities Index", 2016)),
    ("Lafayette, La., was named one of the 2012 Dozen Distinctive Destinations.",
     ("Lafayette", "Dozen Distinctive Destinations", 2012)),
    ("Columbus, Ohio, won a 2018 Best of ITS Award.",
     ("Columbus", "Best of ITS Awards", 2018)),
    ("Coral Springs, Fla., received the 2007 Malcolm Baldrige National Quality Award.",
     ("Coral Springs", "Malcolm Baldrige National Quality Award", 2007)),
    ("Tampa, Fla., received the 2015 Governor's Sterling Award for performance excellence.",
     ("Tampa", "Governor's Sterling Award", 2015)),
    ("Dublin, Ga., was named a 2018 City of Excellence by the Georgia Municipal Association.",
     ("Dublin", "City of Excellence Award", 2018)),
    ("Hamden, Conn., earned Sustainable CT certification in 2019.",
     ("Hamden", "Sustainable CT Certification", 2019)),
    ("Grand Haven, Mich., was designated a Coast Guard City in 1998.",
     ("Grand Haven", "Coast Guard City", 1998)),
    ("Sedona, Ariz., earned Firewise USA recognition in 2020.",
     ("Sedona", "Firewise USA", 2020)),
    ("Denton, Texas, was certified as a Music Friendly Community in 2017.",
     ("Denton", "Music Friendly Community", 2017)),
    ("Fort Worth, Texas, was named a Sunny Award winner in 2012 for its open budget.",
     ("Fort Worth", "Sunny Awards", 2012)),
])
def test_a_known_honour_is_read_under_its_reported_name(text: str, win: tuple):
    assert win in _wins(text)


def test_a_written_name_inside_a_known_honour_is_not_another_award():
    got = _wins("Bowling Green, Ky., received a 2017 Voice of the People Award for Excellence in Safety.")
    assert got == {("Bowling Green", "Voice of the People Awards", 2017)}


def test_energy_star_certification_is_no_star_community_rating():
    assert _wins("Boise, Idaho, earned ENERGY STAR certification for its city hall in 2011.") == set()


def test_a_dark_sky_designation_is_the_international_dark_sky_places_program():
    text = ("DENVER (Jan. 5, 2021) - The town of Crestone, Colo., has been designated an International Dark Sky "
            "Community by DarkSky International.\nFlagstaff, Arizona was named the first International Dark Sky "
            "Place in 2001.\n")
    got = {(a.city, a.award) for a in extract_text(text).awards}
    assert {("Crestone", "International Dark Sky Places"), ("Flagstaff", "International Dark Sky Places")} <= got
