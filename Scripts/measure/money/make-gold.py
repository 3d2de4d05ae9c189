#!/usr/bin/env python3
"""Writes gold/*.json for the money measurement articles (docs/*.txt), in the gold format of
shared/dev/articles (text, amount/min/max as decimal strings, currency, per, qualifier,
implicit). The articles and this gold were written before the rules they measure; they are
not used by any test. Rows: (text, amount, min, max, currency, per, qualifier, implicit)."""
import json, pathlib

here = pathlib.Path(__file__).resolve().parent

def row(text, amount=None, lo=None, hi=None, cur=None, per=None, q=None, implicit=False):
    return {"text": text, "amount": amount, "min": lo, "max": hi, "currency": cur,
            "per": per, "qualifier": q, "implicit": implicit}

gold = {
  "m01.txt": [  # Hong Kong, Traditional, Cantonese units: bare 元/蚊 are HKD here
    row("十二蚊", "12", cur="HKD"),
    row("十二蚊", "12", cur="HKD"),
    row("兩蚊", "2", cur="HKD"),
    row("七蚊半", "7.5", cur="HKD"),
    row("八蚊", "8", cur="HKD"),
    row("港幣四十二元", "42", cur="HKD"),
    row("三蚊", "3", cur="HKD"),
    row("港幣五個二毫", "5.2", cur="HKD"),
    row("十多蚊", "10", cur="HKD", q="over"),
    row("一百八十蚊", "180", cur="HKD"),
    row("二百二十蚊", "220", cur="HKD"),
    row("五蚊六", "5.6", cur="HKD"),
    row("八百至一千蚊", None, "800", "1000", cur="HKD", q="approx"),
    row("一百三十五蚊", "135", cur="HKD"),
    row("五毫", "0.5", cur="HKD"),
    row("三百億港元", "30000000000", cur="HKD", q="approx"),
    row("港幣一萬元", "10000", cur="HKD"),
    row("一蚊四毫", "1.4", cur="HKD", q="up_to"),
    row("兩蚊", "2", cur="HKD"),
    row("十蚊", "10", cur="HKD"),
  ],
  "m02.txt": [  # Taiwan, Traditional: bare 元 is TWD, 兆 is 10^12
    row("新台幣23兆元", "23000000000000", cur="TWD", q="over"),
    row("新台幣23兆元", "23000000000000", cur="TWD", q="over"),
    row("新台幣1,250億元", "125000000000", cur="TWD", q="up_to"),
    row("新台幣1,600億元", "160000000000", cur="TWD", q="approx"),
    row("新台幣380億元", "38000000000", cur="TWD"),
    row("2.6元", "2.6", cur="TWD", per="share"),
    row("520億元", "52000000000", cur="TWD"),
    row("410億元", "41000000000", cur="TWD"),
    row("數千億元", None, "100000000000", "1000000000000", cur="TWD"),
    row("580兆日圓", "580000000000000", cur="JPY", q="approx"),
    row("115.5兆日圓", "115500000000000", cur="JPY"),
    row("新台幣26.3兆元", "26300000000000", cur="TWD"),
    row("3萬4千美元", "34000", cur="USD", q="approx"),
    row("45元", "45", cur="TWD"),
    row("13元", "13", cur="TWD"),
  ],
  "m03.txt": [  # mainland, informal
    row("万", "10000", q="over", implicit=True, per="month"),
    row("10~15k元", None, "10000", "15000", cur="CNY"),
    row("30w元", "300000", cur="CNY", q="approx"),
    row("四十来万", "400000", q="approx", implicit=True, per="year"),
    row("六块五", "6.5", cur="CNY"),
    row("一块五", "1.5", cur="CNY"),
    row("三五百块", None, "300", "500", cur="CNY"),
    row("两块五", "2.5", cur="CNY"),
    row("一块二", "1.2", cur="CNY"),
    row("七八十万元", None, "700000", "800000", cur="CNY"),
    row("十五万余元", "150000", cur="CNY", q="over"),
    row("3千多万元", "30000000", cur="CNY", q="over"),
    row("三个亿", "300000000", implicit=True),
    row("两个亿日元", "200000000", cur="JPY"),
    row("上千亿元", None, "100000000000", "1000000000000", cur="CNY"),
    row("百亿元", "10000000000", cur="CNY", q="approx"),
    row("3000元至8000元", None, "3000", "8000", cur="CNY", per="month"),
    row("5万元", "50000", cur="CNY", q="up_to"),
    row("2100元", "2100", cur="CNY", per="month"),
    row("3400元", "3400", cur="CNY", per="month"),
  ],
  "m04.txt": [  # 1990s People's Daily style: middle dot as decimal point, historical currencies
    row("2808·6亿美元", "280860000000", cur="USD"),
    row("1487·7亿美元", "148770000000", cur="USD"),
    row("1320·8亿美元", "132080000000", cur="USD"),
    row("375·2亿美元", "37520000000", cur="USD"),
    row("45亿法郎", "4500000000", cur="FRF", q="approx"),
    row("12亿马克", "1200000000", cur="DEM"),
    row("2000亿里拉", "200000000000", cur="ITL"),
    row("1·5亿埃居", "150000000", cur="XEU"),
    row("3·6亿铢", "360000000", cur="THB"),
    row("3893元", "3893", cur="CNY"),
    row("1578元", "1578", cur="CNY"),
    row("180元", "180", cur="CNY", per="month"),
    row("520元", "520", cur="CNY", per="month"),
    row("6187·7亿元", "618770000000", cur="CNY"),
    row("29662·3亿元", "2966230000000", cur="CNY"),
    row("8000多亿元", "800000000000", cur="CNY", q="over"),
    row("5万余元", "50000", cur="CNY", q="over"),
    row("64，350.00元", "64350", cur="CNY"),
  ],
  "m05.txt": [  # mainland results story: changes versus ranges
    row("120亿元", "12000000000", cur="CNY"),
    row("185亿元", "18500000000", cur="CNY"),
    row("120亿元", "12000000000", cur="CNY"),
    row("185亿元", "18500000000", cur="CNY"),
    row("25亿元", "2500000000", cur="CNY"),
    row("9亿元", "900000000", cur="CNY"),
    row("200亿至220亿元", None, "20000000000", "22000000000", cur="CNY"),
    row("15.98万元到22.98万元", None, "159800", "229800", cur="CNY"),
    row("1.5万元", "15000", cur="CNY"),
    row("七八十亿元", None, "7000000000", "8000000000", cur="CNY"),
    row("3万到4万欧元", None, "30000", "40000", cur="EUR"),
    row("1200亿日元", "120000000000", cur="JPY", q="approx"),
    row("三百亿日元", "30000000000", cur="JPY", q="approx"),
    row("每股35元", "35", cur="CNY", per="share"),
    row("68元", "68", cur="CNY"),
    row("千亿元", "100000000000", cur="CNY", q="over"),
  ],
}

for doc, money in gold.items():
    text = (here / "docs" / doc).read_text(encoding="utf-8")
    for r in money:
        assert r["text"] in text, (doc, r["text"])
    out = {"doc": doc, "published": None, "money": money, "dates": [], "entities": []}
    (here / "gold" / doc.replace(".txt", ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", len(gold), "gold files")
