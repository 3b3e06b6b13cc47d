"""Small NITF articles that follow the NYT Annotated Corpus structure (see nyt-nitf.md)."""
from __future__ import annotations

from xml.sax.saxutils import escape

DOCTYPE = '<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">'


def nitf(guid: str, paragraphs: list[str], headline: str = "Books of The Times", byline: str | None = None,
         date: str = "19960701T000000", desk: str = "Book Review Desk", url: str | None = None) -> bytes:
    body = "\n".join(f"        <p>{escape(p)}</p>" for p in paragraphs)
    by = f'<byline class="print_byline">{escape(byline)}</byline>' if byline else ""
    ex_ref = f' ex-ref="{escape(url)}"' if url else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{DOCTYPE}
<nitf change.date="June 10, 2005" change.time="19:30" version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>{escape(headline)}</title>
    <meta content="{date[:4]}" name="publication_year"/>
    <meta content="{int(date[4:6])}" name="publication_month"/>
    <meta content="{int(date[6:8])}" name="publication_day_of_month"/>
    <meta content="{escape(desk)}" name="dsk"/>
    <docdata>
      <doc-id id-string="{guid}"/>
      <doc.copyright holder="The New York Times" year="{date[:4]}"/>
    </docdata>
    <pubdata date.publication="{date}" item-length="800" name="The New York Times" unit-of-measure="word"{ex_ref}/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>{escape(headline)}</hl1></hedline>
      {by}
    </body.head>
    <body.content>
      <block class="lead_paragraph"><p>{escape(paragraphs[0])}</p></block>
      <block class="full_text">
{body}
      </block>
    </body.content>
  </body>
</nitf>
""".encode()


REVIEW_PARAGRAPHS = [
    "In this history of a city on the water, the author follows its merchants for five centuries.",
    "\u201cThe Merchant Republic\u201d is a patient, generous book.",
    "THE MERCHANT REPUBLIC A History of Venice By Ann Lee. Illustrated. 412 pages. Knopf. $30.",
]


def review(guid: str = "859123", **kwargs) -> bytes:
    return nitf(guid, REVIEW_PARAGRAPHS, byline="By CHRISTOPHER LEHMANN-HAUPT", **kwargs)


def news(guid: str = "859124") -> bytes:
    return nitf(guid, ["The city council met on Tuesday.", "It adjourned without a vote."],
                headline="Council Adjourns", desk="Metropolitan Desk")
