package dev.pamphlet.export.html;

import java.util.List;

/** The classic cross-site scripting vectors, as text and as URLs. */
final class XssCorpus {
  private XssCorpus() {}

  /** Markup that would run script if it reached the page unescaped. */
  static final List<String> MARKUP = List.of(
      "<script>alert(1)</script>",
      "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
      "<img src=x onerror=alert(1)>",
      "<svg onload=alert(1)>",
      "<svg><script>alert(1)</script></svg>",
      "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
      "<body onload=alert(1)>",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<div style=\"background:url(javascript:alert(1))\">",
      "<style>@import 'javascript:alert(1)';</style>",
      "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
      "<embed src=\"javascript:alert(1)\">",
      "<form action=\"javascript:alert(1)\"><input type=submit></form>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
      "<base href=\"javascript:alert(1)//\">",
      "\"><script>alert(1)</script>",
      "'><img src=x onerror=alert(1)>",
      "\" onmouseover=\"alert(1)",
      "' onfocus='alert(1)' autofocus='",
      "</textarea><script>alert(1)</script>",
      "</title><script>alert(1)</script>",
      "</style><script>alert(1)</script>",
      "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
      "<![CDATA[<script>alert(1)</script>]]>",
      "<scr<script>ipt>alert(1)</scr</script>ipt>",
      "&lt;script&gt;alert(1)&lt;/script&gt;",
      "<details open ontoggle=alert(1)>",
      "<video><source onerror=alert(1)></video>");

  /** URLs that would run script or load active content if linked. */
  static final List<String> URLS = List.of(
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "\tjavascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "java\rscript:alert(1)",
      "\u0000javascript:alert(1)",
      "\u0001javascript:alert(1)",
      "javascript\u0000:alert(1)",
      "&#106;avascript:alert(1)",
      "&#x6A;avascript:alert(1)",
      "&#0000106&#0000097vascript:alert(1)",
      "javascript&colon;alert(1)",
      "javascript&#58;alert(1)",
      "javascript&#x3A;alert(1)",
      "%6Aavascript:alert(1)",
      "ｊａｖａｓｃｒｉｐｔ:alert(1)",
      "java\u200Bscript:alert(1)",
      "vbscript:msgbox(1)",
      "VBScript:msgbox(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "data:text/html,<script>alert(1)</script>",
      "DATA:image/svg+xml,<svg onload=alert(1)>",
      "file:///etc/passwd",
      "livescript:alert(1)",
      "jar:http://evil.example/x.jar!/",
      "\" onmouseover=\"alert(1)",
      "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>");
}
