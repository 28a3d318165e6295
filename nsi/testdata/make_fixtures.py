#!/usr/bin/env python3
"""Writes the test fixtures of package nsi in the shapes the federal fund
and the Ministry publish (standards.md §1.0–1.4, §4): windows-1251 XML,
zipped or bare. Values: the sample records quoted in standards.md, with
their index ids; rows marked SYNTHETIC are made up for the tests.
Run from this directory: python3 make_fixtures.py"""
import zipfile

def cp1251(name, text):
    with open(name, "wb") as f:
        f.write(text.encode("cp1251"))

def zipped(name, member, text, encoding="cp1251"):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(member, text.encode(encoding))

DECL = "<?xml version='1.0' encoding='windows-1251'?>\n"

# F011, attribute-centric ZAP (index id 39795416736 for 1-3; 14, 15 masks
# from the portal table index id 42354081728; 5 SYNTHETIC with an end date).
F011 = DECL + """<PACKET>
<ZAP IDDoc="1" DocName="Паспорт гражданина СССР" DocSer="R-ББ" DocNum="999999" DATEBEG="01.01.2011" DATEEND="" />
<ZAP IDDoc="2" DocName="Загранпаспорт гражданина СССР" DocSer="S" DocNum="00000009" DATEBEG="01.01.2011" DATEEND="" />
<ZAP IDDoc="3" DocName="Свидетельство о рождении, выданное в Российской Федерации" DocSer="R-ББ" DocNum="999999" DATEBEG="01.01.2011" DATEEND="" />
<ZAP IDDoc="5" DocName="Справка об освобождении из места лишения свободы" DocSer="S" DocNum="S" DATEBEG="01.01.2011" DATEEND="31.12.2020" />
<ZAP IDDoc="14" DocName="Паспорт гражданина Российской Федерации" DocSer="99 99" DocNum="999999" DATEBEG="01.01.2011" DATEEND="" />
<ZAP IDDoc="15" DocName="Загранпаспорт гражданина Российской Федерации" DocSer="99" DocNum="9999999" DATEBEG="01.01.2011" DATEEND="" />
</PACKET>
"""
zipped("F011.zip", "F011.xml", F011)

# F011, element-centric with zglv (the V-series shape, SQLScript534_Update_V023.sql).
cp1251("F011_zglv.xml", DECL + """<packet>
<zglv><type>F011</type><version>1.0</version><date>01.01.2011</date></zglv>
<zap><IDDoc>3</IDDoc><DocName>Свидетельство о рождении, выданное в Российской Федерации</DocName><DocSer>R-ББ</DocSer><DocNum>999999</DocNum><DATEBEG>01.01.2011</DATEBEG><DATEEND></DATEEND></zap>
<zap><IDDoc>14</IDDoc><DocName>Паспорт гражданина Российской Федерации</DocName><DocSer>99 99</DocSer><DocNum>999999</DocNum><DATEBEG>01.01.2011</DATEBEG><DATEEND></DATEEND></zap>
</packet>
""")

# F008 (chipcom/2.x getf008, index id 4646419819), element-centric, zipped.
zipped("F008.zip", "F008.xml", DECL + """<packet>
<zglv><type>F008</type><version>1.0</version><date>01.01.2011</date></zglv>
<zap><IDDOC>1</IDDOC><DOCNAME>Полис ОМС старого образца</DOCNAME><DATEBEG>01.01.2011</DATEBEG><DATEEND></DATEEND></zap>
<zap><IDDOC>2</IDDOC><DOCNAME>Временное свидетельство, подтверждающее оформление полиса обязательного медицинского страхования</DOCNAME><DATEBEG>01.01.2011</DATEBEG><DATEEND></DATEEND></zap>
<zap><IDDOC>3</IDDOC><DOCNAME>Полис ОМС единого образца</DOCNAME><DATEBEG>01.01.2011</DATEBEG><DATEEND></DATEEND></zap>
</packet>
""")

# F002: the sample record 22001 (index id 40174611668), with notices for
# 2015 (as quoted) and SYNTHETIC 2025; 45999 SYNTHETIC, Moscow, excluded
# on 01.07.2024 with notices for 2023 and 2024.
F002 = DECL + """<packet>
<insCompany>
<tf_okato>01000</tf_okato><smocod>22001</smocod>
<nam_smop>АЛТАЙСКИЙ ФИЛИАЛ ОБЩЕСТВА С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "СТРАХОВАЯ МЕДИЦИНСКАЯ КОМПАНИЯ РЕСО-МЕД"</nam_smop>
<nam_smok>АЛТАЙСКИЙ ФИЛИАЛ ООО "СМК РЕСО-МЕД"</nam_smok>
<inn>5035000265</inn><Ogrn>1025004642519</Ogrn><KPP>222443001</KPP><okopf>12300</okopf>
<jurAddress><index_j>142500</index_j><addr_j>Московская обл.</addr_j></jurAddress>
<pstAddress><index_f>656000</index_f><addr_f>г. Барнаул</addr_f></pstAddress>
<licenziy><n_doc>С №0879 50</n_doc><d_start>29.09.2008</d_start><data_e>31.12.2099</data_e></licenziy>
<org>2</org>
<insInclude><d_begin>01.01.2011</d_begin><d_end></d_end><name_e></name_e><Nal_p></Nal_p></insInclude>
<insAdvice><YEAR_WORK>2015</YEAR_WORK><DUVED>16.07.2014</DUVED><kol_zl>1481134</kol_zl></insAdvice>
<insAdvice><YEAR_WORK>2025</YEAR_WORK><DUVED>15.08.2024</DUVED><kol_zl>1400000</kol_zl></insAdvice>
<d_edit>23.01.2014</d_edit>
</insCompany>
<insCompany>
<tf_okato>45000</tf_okato><smocod>77999</smocod>
<nam_smop>ТЕСТОВАЯ СТРАХОВАЯ МЕДИЦИНСКАЯ ОРГАНИЗАЦИЯ</nam_smop><nam_smok>ТЕСТ-МЕД</nam_smok>
<org>1</org>
<insInclude><d_begin>01.01.2012</d_begin><d_end>01.07.2024</d_end><name_e>Отзыв лицензии</name_e></insInclude>
<insAdvice><YEAR_WORK>2023</YEAR_WORK><DUVED>30.08.2022</DUVED></insAdvice>
<insAdvice><YEAR_WORK>2024</YEAR_WORK><DUVED>31.08.2023</DUVED></insAdvice>
</insCompany>
</packet>
"""
zipped("F002.zip", "F002.xml", F002)
cp1251("F002.xml", F002)

# M001 (rb_M001_MKB10, index id 20164465510), zipped; names are those of
# ICD-10; U07.1 SYNTHETIC dates.
zipped("M001.zip", "M001.xml", DECL + """<packet>
<zglv><type>M001</type><version>1.0</version><date>01.01.2011</date></zglv>
<zap><IDDS>A00.0</IDDS><DSNAME>Холера, вызванная холерным вибрионом 01, биовар cholerae</DSNAME><DATEBEG>01.01.2011</DATEBEG><DATEEND></DATEEND></zap>
<zap><IDDS>J18.9</IDDS><DSNAME>Пневмония неуточненная</DSNAME><DATEBEG>01.01.2011</DATEBEG><DATEEND></DATEEND></zap>
<zap><IDDS>U07.1</IDDS><DSNAME>COVID-19, вирус идентифицирован</DSNAME><DATEBEG>01.02.2020</DATEBEG><DATEEND></DATEEND></zap>
<zap><IDDS>X59.0</IDDS><DSNAME>Воздействие неуточненного фактора (SYNTHETIC: closed)</DSNAME><DATEBEG>01.01.2011</DATEBEG><DATEEND>31.12.2015</DATEEND></zap>
</packet>
""")

# O001 (index id 20164465510), attribute-centric, bare.
cp1251("O001.xml", DECL + """<packet>
<zap KOD="643" NAME11="Россия" ALFA2="RU" ALFA3="RUS" />
<zap KOD="112" NAME11="Беларусь" ALFA2="BY" ALFA3="BLR" />
<zap KOD="860" NAME11="Узбекистан" ALFA2="UZ" ALFA3="UZB" />
</packet>
""")

# The Ministry's 1.2.643.5.1.13.13.11.1005, columns of index id
# 40956868047; IDs and dates SYNTHETIC.
MZ_JSON = """{"records": [
{"ID": 1, "REC_CODE": "01", "MKB_CODE": "A00-B99", "MKB_NAME": "Некоторые инфекционные и паразитарные болезни", "ID_PARENT": null, "ACTUAL": 1, "DATE": "2019-01-01"},
{"ID": 2, "REC_CODE": "01.01", "MKB_CODE": "A00", "MKB_NAME": "Холера", "ID_PARENT": 1, "ACTUAL": 1, "DATE": "2019-01-01"},
{"ID": 3, "REC_CODE": "01.01.01", "MKB_CODE": "A00.0", "MKB_NAME": "Холера, вызванная холерным вибрионом 01, биовар cholerae", "ID_PARENT": 2, "ACTUAL": 1, "DATE": "2019-01-01"},
{"ID": 4, "REC_CODE": "22.01", "MKB_CODE": "U07.1", "MKB_NAME": "COVID-19, вирус идентифицирован", "ID_PARENT": null, "ACTUAL": 1, "DATE": "2020-02-01"},
{"ID": 5, "REC_CODE": "22.02", "MKB_CODE": "U07.3", "MKB_NAME": "SYNTHETIC: not actual", "ID_PARENT": null, "ACTUAL": 0, "DATE": "2020-02-01"}
]}
"""
with open("mkb10.json", "w", encoding="utf-8") as f:
    f.write(MZ_JSON)
zipped("mkb10_json.zip", "1.2.643.5.1.13.13.11.1005_2.27.json", MZ_JSON, "utf-8")  # a JSON member: not .xml, the only file
cp1251("mkb10.csv", """ID;REC_CODE;MKB_CODE;MKB_NAME;ID_PARENT;ACTUAL;DATE
1;01;A00-B99;Некоторые инфекционные и паразитарные болезни;;1;01.01.2019
2;01.01;A00;Холера;1;1;01.01.2019
3;01.01.01;A00.0;Холера, вызванная холерным вибрионом 01, биовар cholerae;2;1;01.01.2019
""")
