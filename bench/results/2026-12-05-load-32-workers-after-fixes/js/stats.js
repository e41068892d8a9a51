var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "19855",
        "ok": "19855",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "8",
        "ok": "8",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "14731",
        "ok": "14731",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2186",
        "ok": "2186",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "842",
        "ok": "842",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2071",
        "ok": "2071",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2554",
        "ok": "2554",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3460",
        "ok": "3460",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4620",
        "ok": "4620",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 800,
    "percentage": 4.029211785444472
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 195,
    "percentage": 0.9821203727020902
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 18860,
    "percentage": 94.98866784185344
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "150.42",
        "ok": "150.42",
        "ko": "-"
    }
},
contents: {
"group_push-3452698": {
          type: "GROUP",
name: "push",
path: "push",
pathFormatted: "group_push-3452698",
stats: {
    "name": "push",
    "numberOfRequests": {
        "total": "483",
        "ok": "483",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "222",
        "ok": "222",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "29114",
        "ok": "29114",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "13795",
        "ok": "13795",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "5376",
        "ok": "5376",
        "ko": "-"
    },
    "percentiles1": {
        "total": "14194",
        "ok": "14194",
        "ko": "-"
    },
    "percentiles2": {
        "total": "17691",
        "ok": "17691",
        "ko": "-"
    },
    "percentiles3": {
        "total": "21405",
        "ok": "21405",
        "ko": "-"
    },
    "percentiles4": {
        "total": "25518",
        "ok": "25518",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5,
    "percentage": 1.0351966873706004
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.4140786749482402
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 476,
    "percentage": 98.55072463768117
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.66",
        "ok": "3.66",
        "ko": "-"
    }
},
contents: {
"req_push--container--69030719": {
        type: "REQUEST",
        name: "push: container",
path: "push / push: container",
pathFormatted: "req_push---push--co--958444726",
stats: {
    "name": "push: container",
    "numberOfRequests": {
        "total": "483",
        "ok": "483",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4633",
        "ok": "4633",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2112",
        "ok": "2112",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "726",
        "ok": "726",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2010",
        "ok": "2010",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2491",
        "ok": "2491",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3235",
        "ok": "3235",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4540",
        "ok": "4540",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 20,
    "percentage": 4.140786749482402
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 4,
    "percentage": 0.8281573498964804
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 459,
    "percentage": 95.03105590062113
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.66",
        "ok": "3.66",
        "ko": "-"
    }
}
    },"req_push--image--795465317": {
        type: "REQUEST",
        name: "push: image",
path: "push / push: image",
pathFormatted: "req_push---push--im-2142336164",
stats: {
    "name": "push: image",
    "numberOfRequests": {
        "total": "476",
        "ok": "476",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "37",
        "ok": "37",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4655",
        "ok": "4655",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2151",
        "ok": "2151",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "750",
        "ok": "750",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2062",
        "ok": "2062",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2548",
        "ok": "2548",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3411",
        "ok": "3411",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4522",
        "ok": "4522",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 21,
    "percentage": 4.411764705882353
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 9,
    "percentage": 1.8907563025210083
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 446,
    "percentage": 93.69747899159664
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.61",
        "ok": "3.61",
        "ko": "-"
    }
}
    },"req_push--upload-ur-1765122672": {
        type: "REQUEST",
        name: "push: upload URL",
path: "push / push: upload URL",
pathFormatted: "req_push---push--up--36907769",
stats: {
    "name": "push: upload URL",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "156",
        "ok": "156",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4704",
        "ok": "4704",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2229",
        "ok": "2229",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "643",
        "ok": "643",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2153",
        "ok": "2153",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2570",
        "ok": "2570",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3294",
        "ok": "3294",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4474",
        "ok": "4474",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 8,
    "percentage": 2.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 0.25
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 391,
    "percentage": 97.75
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--upload-1457034689": {
        type: "REQUEST",
        name: "push: upload",
path: "push / push: upload",
pathFormatted: "req_push---push--up--1960399912",
stats: {
    "name": "push: upload",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "234",
        "ok": "234",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8744",
        "ok": "8744",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2933",
        "ok": "2933",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1135",
        "ok": "1135",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2702",
        "ok": "2702",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3402",
        "ok": "3402",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5136",
        "ok": "5136",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7194",
        "ok": "7194",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4,
    "percentage": 1.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 396,
    "percentage": 99.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--complete--2112435975": {
        type: "REQUEST",
        name: "push: complete",
path: "push / push: complete",
pathFormatted: "req_push---push--co--617106096",
stats: {
    "name": "push: complete",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "1136",
        "ok": "1136",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10074",
        "ok": "10074",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2653",
        "ok": "2653",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1639",
        "ok": "1639",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2214",
        "ok": "2214",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2652",
        "ok": "2652",
        "ko": "-"
    },
    "percentiles3": {
        "total": "8479",
        "ok": "8479",
        "ko": "-"
    },
    "percentiles4": {
        "total": "9392",
        "ok": "9392",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 0.25
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 399,
    "percentage": 99.75
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--tag--805285926": {
        type: "REQUEST",
        name: "push: tag",
path: "push / push: tag",
pathFormatted: "req_push---push--ta--1034630877",
stats: {
    "name": "push: tag",
    "numberOfRequests": {
        "total": "467",
        "ok": "467",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "130",
        "ok": "130",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "14731",
        "ok": "14731",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3198",
        "ok": "3198",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1779",
        "ok": "1779",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2769",
        "ok": "2769",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3532",
        "ok": "3532",
        "ko": "-"
    },
    "percentiles3": {
        "total": "6583",
        "ok": "6583",
        "ko": "-"
    },
    "percentiles4": {
        "total": "11480",
        "ok": "11480",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 10,
    "percentage": 2.141327623126338
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 5,
    "percentage": 1.070663811563169
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 452,
    "percentage": 96.78800856531049
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.54",
        "ok": "3.54",
        "ko": "-"
    }
}
    }
}

     },"req_anonymous-looku-1023686797": {
        type: "REQUEST",
        name: "anonymous lookup",
path: "anonymous lookup",
pathFormatted: "req_anonymous-looku-1023686797",
stats: {
    "name": "anonymous lookup",
    "numberOfRequests": {
        "total": "11105",
        "ok": "11105",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "10",
        "ok": "10",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4882",
        "ok": "4882",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2102",
        "ok": "2102",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "720",
        "ok": "720",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2014",
        "ok": "2014",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2461",
        "ok": "2461",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3290",
        "ok": "3289",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4443",
        "ok": "4443",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 478,
    "percentage": 4.304367402071139
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 100,
    "percentage": 0.9004952723998199
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 10527,
    "percentage": 94.79513732552904
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "84.13",
        "ok": "84.13",
        "ko": "-"
    }
}
    },"req_pull-3452485": {
        type: "REQUEST",
        name: "pull",
path: "pull",
pathFormatted: "req_pull-3452485",
stats: {
    "name": "pull",
    "numberOfRequests": {
        "total": "1867",
        "ok": "1867",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "20",
        "ok": "20",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4951",
        "ok": "4951",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2218",
        "ok": "2218",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "733",
        "ok": "733",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2139",
        "ok": "2139",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2596",
        "ok": "2596",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3447",
        "ok": "3442",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4553",
        "ok": "4553",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 75,
    "percentage": 4.017139796464917
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 18,
    "percentage": 0.96411355115158
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1774,
    "percentage": 95.0187466523835
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "14.14",
        "ok": "14.14",
        "ko": "-"
    }
}
    },"req_token-lookup--1551966847": {
        type: "REQUEST",
        name: "token lookup",
path: "token lookup",
pathFormatted: "req_token-lookup--1551966847",
stats: {
    "name": "token lookup",
    "numberOfRequests": {
        "total": "2390",
        "ok": "2390",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "15",
        "ok": "15",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4675",
        "ok": "4675",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2094",
        "ok": "2094",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "722",
        "ok": "722",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2031",
        "ok": "2031",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2457",
        "ok": "2457",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3241",
        "ok": "3241",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4442",
        "ok": "4442",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 110,
    "percentage": 4.602510460251046
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 33,
    "percentage": 1.380753138075314
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 2247,
    "percentage": 94.01673640167364
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "18.11",
        "ok": "18.11",
        "ko": "-"
    }
}
    },"req_pull-redirect-1--765801016": {
        type: "REQUEST",
        name: "pull Redirect 1",
path: "pull Redirect 1",
pathFormatted: "req_pull-redirect-1--765801016",
stats: {
    "name": "pull Redirect 1",
    "numberOfRequests": {
        "total": "1867",
        "ok": "1867",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "8",
        "ok": "8",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7846",
        "ok": "7846",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2275",
        "ok": "2275",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "872",
        "ok": "872",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2151",
        "ok": "2151",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2728",
        "ok": "2728",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3779",
        "ok": "3779",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4841",
        "ok": "4841",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 74,
    "percentage": 3.9635779325120515
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 24,
    "percentage": 1.2854847348687735
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1769,
    "percentage": 94.75093733261917
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "14.14",
        "ok": "14.14",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
