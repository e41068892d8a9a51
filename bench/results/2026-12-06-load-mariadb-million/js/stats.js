var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "7807",
        "ok": "7751",
        "ko": "56"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "60000"
    },
    "maxResponseTime": {
        "total": "60095",
        "ok": "57415",
        "ko": "60095"
    },
    "meanResponseTime": {
        "total": "7658",
        "ok": "7280",
        "ko": "60003"
    },
    "standardDeviation": {
        "total": "9457",
        "ok": "8375",
        "ko": "13"
    },
    "percentiles1": {
        "total": "4925",
        "ok": "4895",
        "ko": "60001"
    },
    "percentiles2": {
        "total": "6752",
        "ok": "6685",
        "ko": "60001"
    },
    "percentiles3": {
        "total": "35672",
        "ok": "34626",
        "ko": "60013"
    },
    "percentiles4": {
        "total": "46059",
        "ok": "40952",
        "ko": "60095"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 196,
    "percentage": 2.510567439477392
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 82,
    "percentage": 1.0503394389650313
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 7473,
    "percentage": 95.72178813884975
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 56,
    "percentage": 0.7173049827078264
},
    "meanNumberOfRequestsPerSecond": {
        "total": "41.75",
        "ok": "41.45",
        "ko": "0.3"
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
        "total": "185",
        "ok": "129",
        "ko": "56"
    },
    "minResponseTime": {
        "total": "12062",
        "ok": "12062",
        "ko": "75344"
    },
    "maxResponseTime": {
        "total": "118112",
        "ok": "101584",
        "ko": "118112"
    },
    "meanResponseTime": {
        "total": "55055",
        "ok": "39110",
        "ko": "91787"
    },
    "standardDeviation": {
        "total": "27745",
        "ok": "13035",
        "ko": "14719"
    },
    "percentiles1": {
        "total": "39247",
        "ok": "35965",
        "ko": "86436"
    },
    "percentiles2": {
        "total": "79578",
        "ok": "41719",
        "ko": "113203"
    },
    "percentiles3": {
        "total": "115598",
        "ok": "61538",
        "ko": "116903"
    },
    "percentiles4": {
        "total": "116978",
        "ok": "82625",
        "ko": "118112"
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
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 129,
    "percentage": 69.72972972972973
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 56,
    "percentage": 30.270270270270274
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.99",
        "ok": "0.69",
        "ko": "0.3"
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
        "total": "185",
        "ok": "185",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "162",
        "ok": "162",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "46727",
        "ok": "46727",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "8750",
        "ok": "8750",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "8948",
        "ok": "8948",
        "ko": "-"
    },
    "percentiles1": {
        "total": "5913",
        "ok": "5913",
        "ko": "-"
    },
    "percentiles2": {
        "total": "7667",
        "ok": "7667",
        "ko": "-"
    },
    "percentiles3": {
        "total": "38673",
        "ok": "38673",
        "ko": "-"
    },
    "percentiles4": {
        "total": "46031",
        "ok": "46031",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5,
    "percentage": 2.7027027027027026
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
    "count": 180,
    "percentage": 97.2972972972973
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.99",
        "ok": "0.99",
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
        "total": "173",
        "ok": "173",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "219",
        "ok": "219",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "41681",
        "ok": "41681",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "6789",
        "ok": "6789",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "7574",
        "ok": "7574",
        "ko": "-"
    },
    "percentiles1": {
        "total": "4729",
        "ok": "4729",
        "ko": "-"
    },
    "percentiles2": {
        "total": "6057",
        "ok": "6057",
        "ko": "-"
    },
    "percentiles3": {
        "total": "34487",
        "ok": "34487",
        "ko": "-"
    },
    "percentiles4": {
        "total": "41667",
        "ok": "41667",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 3,
    "percentage": 1.7341040462427744
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
    "count": 170,
    "percentage": 98.26589595375722
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.93",
        "ok": "0.93",
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
        "total": "165",
        "ok": "165",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "461",
        "ok": "461",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "46495",
        "ok": "46495",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "8715",
        "ok": "8715",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "8918",
        "ok": "8918",
        "ko": "-"
    },
    "percentiles1": {
        "total": "5706",
        "ok": "5706",
        "ko": "-"
    },
    "percentiles2": {
        "total": "8059",
        "ok": "8059",
        "ko": "-"
    },
    "percentiles3": {
        "total": "40153",
        "ok": "40153",
        "ko": "-"
    },
    "percentiles4": {
        "total": "44775",
        "ok": "44775",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 3,
    "percentage": 1.8181818181818181
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
    "count": 162,
    "percentage": 98.18181818181819
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.88",
        "ok": "0.88",
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
        "total": "157",
        "ok": "157",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "854",
        "ok": "854",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "35898",
        "ok": "35898",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "6647",
        "ok": "6647",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "7942",
        "ok": "7942",
        "ko": "-"
    },
    "percentiles1": {
        "total": "3606",
        "ok": "3606",
        "ko": "-"
    },
    "percentiles2": {
        "total": "7150",
        "ok": "7150",
        "ko": "-"
    },
    "percentiles3": {
        "total": "34172",
        "ok": "34172",
        "ko": "-"
    },
    "percentiles4": {
        "total": "35853",
        "ok": "35853",
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
    "percentage": 0.6369426751592357
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 156,
    "percentage": 99.36305732484077
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.84",
        "ok": "0.84",
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
        "total": "147",
        "ok": "91",
        "ko": "56"
    },
    "minResponseTime": {
        "total": "4043",
        "ok": "4043",
        "ko": "60000"
    },
    "maxResponseTime": {
        "total": "60095",
        "ok": "38231",
        "ko": "60095"
    },
    "meanResponseTime": {
        "total": "26697",
        "ok": "6200",
        "ko": "60003"
    },
    "standardDeviation": {
        "total": "26419",
        "ok": "4976",
        "ko": "13"
    },
    "percentiles1": {
        "total": "6200",
        "ok": "5136",
        "ko": "60001"
    },
    "percentiles2": {
        "total": "60001",
        "ok": "5677",
        "ko": "60001"
    },
    "percentiles3": {
        "total": "60003",
        "ok": "8973",
        "ko": "60013"
    },
    "percentiles4": {
        "total": "60014",
        "ok": "38231",
        "ko": "60095"
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
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 91,
    "percentage": 61.904761904761905
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 56,
    "percentage": 38.095238095238095
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.79",
        "ok": "0.49",
        "ko": "0.3"
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
        "total": "101",
        "ok": "101",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "4142",
        "ok": "4142",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "40846",
        "ok": "40846",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "9761",
        "ok": "9761",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "10962",
        "ok": "10962",
        "ko": "-"
    },
    "percentiles1": {
        "total": "5338",
        "ok": "5338",
        "ko": "-"
    },
    "percentiles2": {
        "total": "6797",
        "ok": "6797",
        "ko": "-"
    },
    "percentiles3": {
        "total": "39490",
        "ok": "39490",
        "ko": "-"
    },
    "percentiles4": {
        "total": "40497",
        "ok": "40497",
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
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 101,
    "percentage": 100.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.54",
        "ok": "0.54",
        "ko": "-"
    }
}
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
        "total": "950",
        "ok": "950",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "149",
        "ok": "149",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "57055",
        "ok": "57055",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "9303",
        "ok": "9303",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "10230",
        "ok": "10230",
        "ko": "-"
    },
    "percentiles1": {
        "total": "5872",
        "ok": "5872",
        "ko": "-"
    },
    "percentiles2": {
        "total": "8070",
        "ok": "8070",
        "ko": "-"
    },
    "percentiles3": {
        "total": "40718",
        "ok": "40718",
        "ko": "-"
    },
    "percentiles4": {
        "total": "46880",
        "ok": "46880",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 26,
    "percentage": 2.736842105263158
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 0.3157894736842105
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 921,
    "percentage": 96.94736842105263
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "5.08",
        "ok": "5.08",
        "ko": "-"
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
        "total": "4421",
        "ok": "4421",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "67",
        "ok": "67",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "39614",
        "ok": "39614",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "6943",
        "ok": "6943",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "7809",
        "ok": "7809",
        "ko": "-"
    },
    "percentiles1": {
        "total": "4508",
        "ok": "4509",
        "ko": "-"
    },
    "percentiles2": {
        "total": "6046",
        "ok": "6046",
        "ko": "-"
    },
    "percentiles3": {
        "total": "34447",
        "ok": "34517",
        "ko": "-"
    },
    "percentiles4": {
        "total": "38825",
        "ok": "38825",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 129,
    "percentage": 2.917891879665234
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 39,
    "percentage": 0.8821533589685592
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 4253,
    "percentage": 96.1999547613662
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "23.64",
        "ok": "23.64",
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
        "total": "754",
        "ok": "754",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "195",
        "ok": "195",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "57415",
        "ok": "57415",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "8278",
        "ok": "8278",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "9220",
        "ok": "9220",
        "ko": "-"
    },
    "percentiles1": {
        "total": "5475",
        "ok": "5475",
        "ko": "-"
    },
    "percentiles2": {
        "total": "7390",
        "ok": "7390",
        "ko": "-"
    },
    "percentiles3": {
        "total": "37933",
        "ok": "37933",
        "ko": "-"
    },
    "percentiles4": {
        "total": "46009",
        "ok": "46009",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 14,
    "percentage": 1.8567639257294428
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 10,
    "percentage": 1.3262599469496021
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 730,
    "percentage": 96.81697612732096
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "4.03",
        "ok": "4.03",
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
        "total": "754",
        "ok": "754",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "39510",
        "ok": "39510",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "5072",
        "ok": "5072",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "7101",
        "ok": "7101",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2909",
        "ok": "2909",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4314",
        "ok": "4314",
        "ko": "-"
    },
    "percentiles3": {
        "total": "28221",
        "ok": "28221",
        "ko": "-"
    },
    "percentiles4": {
        "total": "35401",
        "ok": "35401",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 16,
    "percentage": 2.122015915119363
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 29,
    "percentage": 3.8461538461538463
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 709,
    "percentage": 94.03183023872678
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "4.03",
        "ok": "4.03",
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
